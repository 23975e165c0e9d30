/**
 * Offline checks of the deployment material (issue 5 "Deployment"): docker-compose.yml, the
 * Dockerfile and deploy/k8s. Nothing here runs a container; it checks what can be known from the
 * files: they parse, their shapes (small hand-written JSON Schemas, ajv), and the references
 * between them. Every check is a function returning its problems, and each has a test that breaks
 * a parsed copy in memory and expects that check to report it.
 */
import Ajv, { ErrorObject, Schema } from 'ajv';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';

const ROOT = resolve(__dirname, '..', '..');
const K8S = join(ROOT, 'deploy', 'k8s');
const PLACEHOLDER = '__SERVICE__';

type Json = Record<string, unknown>;

// ---------------------------------------------------------------- parsing

/** Every document of a YAML text as plain data (merge keys on, as compose reads them); throws on any error. */
function parseYaml(text: string, name: string): Json[] {
  return parseAllDocuments(text, { merge: true, prettyErrors: true }).map((doc, i) => {
    if (doc.errors.length > 0) throw new Error(`${name} document ${i}: ${doc.errors.map((e) => e.message).join('; ')}`);
    return doc.toJS({ maxAliasCount: 100 }) as Json;
  }).filter((doc) => doc !== null && doc !== undefined);
}

function read(path: string): string {
  return readFileSync(path, 'utf8');
}

function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return filesUnder(path, suffix);
    return entry.endsWith(suffix) ? [path] : [];
  });
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

/** The value, or a test failure naming what was missing. */
function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`missing ${what}`);
  return value;
}

// ---------------------------------------------------------------- schemas

const ajv = new Ajv({ allErrors: true, strict: false });

function schemaProblems(schema: Schema, data: unknown, where: string): string[] {
  const validate = ajv.compile(schema);
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e: ErrorObject) => `${where}${e.instancePath} ${e.message}`);
}

const healthcheckSchema = {
  type: 'object',
  required: ['test'],
  properties: {
    test: {
      oneOf: [
        { type: 'string', minLength: 1 },
        { type: 'array', minItems: 2, items: [{ enum: ['CMD', 'CMD-SHELL'] }] },
      ],
    },
  },
};

const composeSchema = {
  type: 'object',
  required: ['services'],
  properties: {
    services: {
      type: 'object',
      minProperties: 1,
      additionalProperties: {
        type: 'object',
        required: ['healthcheck'],
        anyOf: [{ required: ['image'] }, { required: ['build'] }],
        properties: {
          healthcheck: healthcheckSchema,
          depends_on: {
            oneOf: [
              { type: 'array', items: { type: 'string' } },
              {
                type: 'object',
                additionalProperties: {
                  type: 'object',
                  required: ['condition'],
                  properties: { condition: { enum: ['service_started', 'service_healthy', 'service_completed_successfully'] } },
                },
              },
            ],
          },
        },
      },
    },
  },
};

/** What a distributed context service validates at start (ARCHITECTURE.md, services' config). */
const contextServiceEnvSchema = {
  type: 'object',
  required: ['PORT', 'HOST', 'LOG_LEVEL', 'JWT_SECRET', 'EVENT_STORE', 'PG_URL', 'EVENTSTORE_URL', 'MONGO_URL', 'KAFKA_BROKERS', 'KAFKA_CLIENT_ID', 'KAFKA_TOPIC_PARTITIONS', 'KAFKA_REPLICATION_FACTOR'],
  properties: {
    PORT: { const: '3000' },
    LOG_LEVEL: { enum: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] },
    JWT_SECRET: { type: 'string', minLength: 32 },
    EVENT_STORE: { enum: ['postgres', 'eventstoredb'] },
    PG_URL: { type: 'string', pattern: '^postgres(ql)?://' },
    EVENTSTORE_URL: { type: 'string', pattern: '^esdb(\\+discover)?://' },
    MONGO_URL: { type: 'string', pattern: '^mongodb(\\+srv)?://[^/]+/aftersales-[a-z-]+$' },
    KAFKA_TOPIC_PARTITIONS: { type: 'string', pattern: '^[1-9][0-9]*$' },
    KAFKA_REPLICATION_FACTOR: { type: 'string', pattern: '^[1-9][0-9]*$' },
  },
};

const k8sObjectSchema = {
  type: 'object',
  required: ['apiVersion', 'kind', 'metadata'],
  properties: {
    apiVersion: { type: 'string', minLength: 1 },
    kind: { type: 'string', minLength: 1 },
    metadata: {
      type: 'object',
      required: ['name'],
      properties: { name: { type: 'string', pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$', maxLength: 63 } },
    },
  },
};

const probeSchema = (path: string) => ({
  type: 'object',
  required: ['httpGet'],
  properties: { httpGet: { type: 'object', required: ['path', 'port'], properties: { path: { const: path } } } },
});

const deploymentSchema = {
  type: 'object',
  required: ['apiVersion', 'spec'],
  properties: {
    apiVersion: { const: 'apps/v1' },
    spec: {
      type: 'object',
      required: ['selector', 'template', 'strategy'],
      properties: {
        strategy: { type: 'object', required: ['type'], properties: { type: { const: 'RollingUpdate' } } },
        selector: { type: 'object', required: ['matchLabels'], properties: { matchLabels: { type: 'object', minProperties: 1 } } },
        template: {
          type: 'object',
          required: ['metadata', 'spec'],
          properties: {
            metadata: { type: 'object', required: ['labels'] },
            spec: {
              type: 'object',
              required: ['containers', 'terminationGracePeriodSeconds', 'securityContext'],
              properties: {
                terminationGracePeriodSeconds: { type: 'integer', minimum: 30, maximum: 120 },
                securityContext: { type: 'object', required: ['runAsNonRoot'], properties: { runAsNonRoot: { const: true } } },
                containers: {
                  type: 'array',
                  minItems: 1,
                  items: {
                    type: 'object',
                    required: ['name', 'image', 'ports', 'livenessProbe', 'readinessProbe', 'resources', 'securityContext', 'envFrom'],
                    properties: {
                      ports: {
                        type: 'array',
                        minItems: 1,
                        items: { type: 'object', required: ['containerPort'], properties: { containerPort: { type: 'integer' } } },
                      },
                      livenessProbe: probeSchema('/health/live'),
                      readinessProbe: probeSchema('/health/ready'),
                      resources: {
                        type: 'object',
                        required: ['requests', 'limits'],
                        properties: {
                          requests: { type: 'object', required: ['cpu', 'memory'] },
                          limits: { type: 'object', required: ['memory'] },
                        },
                      },
                      securityContext: {
                        type: 'object',
                        required: ['readOnlyRootFilesystem', 'allowPrivilegeEscalation'],
                        properties: { readOnlyRootFilesystem: { const: true }, allowPrivilegeEscalation: { const: false } },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
};

const serviceSchema = {
  type: 'object',
  required: ['spec'],
  properties: {
    apiVersion: { const: 'v1' },
    spec: {
      type: 'object',
      required: ['selector', 'ports'],
      properties: {
        selector: { type: 'object', minProperties: 1 },
        ports: { type: 'array', minItems: 1, items: { type: 'object', required: ['port', 'targetPort'] } },
      },
    },
  },
};

const hpaSchema = {
  type: 'object',
  required: ['spec'],
  properties: {
    apiVersion: { const: 'autoscaling/v2' },
    spec: {
      type: 'object',
      required: ['scaleTargetRef', 'minReplicas', 'maxReplicas', 'metrics'],
      properties: {
        scaleTargetRef: {
          type: 'object',
          required: ['apiVersion', 'kind', 'name'],
          properties: { kind: { const: 'Deployment' }, apiVersion: { const: 'apps/v1' } },
        },
        minReplicas: { type: 'integer', minimum: 2 },
        maxReplicas: { type: 'integer', minimum: 2 },
        metrics: {
          type: 'array',
          contains: {
            type: 'object',
            required: ['type', 'resource'],
            properties: {
              type: { const: 'Resource' },
              resource: {
                type: 'object',
                required: ['name', 'target'],
                properties: { name: { const: 'cpu' }, target: { type: 'object', required: ['type', 'averageUtilization'], properties: { type: { const: 'Utilization' } } } },
              },
            },
          },
        },
      },
    },
  },
};

const kustomizationSchema = {
  type: 'object',
  required: ['apiVersion', 'kind', 'resources'],
  properties: {
    apiVersion: { const: 'kustomize.config.k8s.io/v1beta1' },
    kind: { const: 'Kustomization' },
    resources: { type: 'array', items: { type: 'string' }, uniqueItems: true },
  },
};

// ---------------------------------------------------------------- typed views (after schema checks)

interface ComposeService {
  image?: string;
  command?: string[] | string;
  environment?: Record<string, unknown>;
  depends_on?: string[] | Record<string, { condition: string }>;
  healthcheck?: { test: unknown };
  profiles?: string[];
  ports?: unknown[];
}
interface Compose {
  services: Record<string, ComposeService>;
}
interface Container {
  name: string;
  ports?: { name?: string; containerPort: number }[];
  env?: { name: string; value?: string }[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  command?: string[];
}
interface K8sDoc extends Json {
  kind: string;
  apiVersion: string;
  metadata: { name: string; labels?: Record<string, string> };
  data?: Record<string, string>;
  stringData?: Record<string, string>;
  spec?: {
    selector?: { matchLabels?: Record<string, string> } & Record<string, string>;
    template?: { metadata?: { labels?: Record<string, string> }; spec?: { containers?: Container[] } };
    ports?: { port: number; targetPort: number | string }[];
    scaleTargetRef?: { kind: string; name: string };
    maxReplicas?: number;
    minReplicas?: number;
  };
}

// ---------------------------------------------------------------- compose checks

function dependsOnNames(service: ComposeService): string[] {
  const deps = service.depends_on;
  if (!deps) return [];
  return Array.isArray(deps) ? deps : Object.keys(deps);
}

/** Services running one of our processes: `node dist/services/<name>/src/main.js`. */
function appServiceName(service: ComposeService): string | null {
  const command = Array.isArray(service.command) ? service.command.join(' ') : (service.command ?? '');
  return /dist\/services\/([a-z-]+)\/src\/main\.js/.exec(command)?.[1] ?? null;
}

function composeProblems(compose: Compose): string[] {
  const problems = schemaProblems(composeSchema, compose, 'compose');
  if (problems.length > 0) return problems;
  const names = new Set(Object.keys(compose.services));
  const hostPorts = new Map<string, string>();
  for (const [name, service] of Object.entries(compose.services)) {
    // Blocks are added by copying one (the file's own instructions): a forgotten host port clashes.
    for (const mapping of service.ports ?? []) {
      const host = /^(?:[^:]+:)?(\d+):\d+$/.exec(String(mapping))?.[1];
      if (!host) continue;
      const other = hostPorts.get(host);
      if (other) problems.push(`compose ${name}: host port ${host} is already ${other}'s`);
      else hostPorts.set(host, name);
    }
    for (const dep of dependsOnNames(service)) {
      if (!names.has(dep)) problems.push(`compose ${name}: depends_on names undefined service ${dep}`);
      else if (!Array.isArray(service.depends_on) && service.depends_on?.[dep]?.condition !== 'service_healthy') {
        problems.push(`compose ${name}: depends_on ${dep} should wait for service_healthy`);
      }
    }
    const app = appServiceName(service);
    if (app && app !== 'standalone') {
      problems.push(...schemaProblems(contextServiceEnvSchema, service.environment ?? {}, `compose ${name} environment`));
      for (const infra of ['kafka', 'mongo']) {
        if (!dependsOnNames(service).includes(infra)) problems.push(`compose ${name}: does not wait for ${infra}`);
      }
      const env = service.environment ?? {};
      if (env.KAFKA_CLIENT_ID !== name) problems.push(`compose ${name}: KAFKA_CLIENT_ID is ${String(env.KAFKA_CLIENT_ID)}`);
      if (!String(env.MONGO_URL).endsWith(`/aftersales-${name}`)) problems.push(`compose ${name}: MONGO_URL is not its own database`);
      const advertised = kafkaAdvertisedAddresses(compose);
      if (!String(env.KAFKA_BROKERS).split(',').every((b) => advertised.includes(b))) {
        problems.push(`compose ${name}: KAFKA_BROKERS ${String(env.KAFKA_BROKERS)} is not an advertised listener (${advertised.join(', ')})`);
      }
    }
  }
  return problems;
}

function kafkaEnv(compose: Compose): Record<string, string> {
  return Object.fromEntries(Object.entries(compose.services.kafka?.environment ?? {}).map(([k, v]) => [k, String(v)]));
}

/** `NAME://host:port` list → [{ name, host, port }]. */
function listeners(value: string | undefined): { name: string; host: string; port: string }[] {
  return (value ?? '')
    .split(',')
    .filter(Boolean)
    .map((l) => {
      const m = /^([A-Z_]+):\/\/([^:]*):(\d+)$/.exec(l.trim());
      return m ? { name: m[1], host: m[2], port: m[3] } : { name: `unparsable(${l})`, host: '', port: '' };
    });
}

function kafkaAdvertisedAddresses(compose: Compose): string[] {
  return listeners(kafkaEnv(compose).KAFKA_ADVERTISED_LISTENERS).map((l) => `${l.host}:${l.port}`);
}

/** The KRaft single-node settings must agree with one another. */
function kafkaProblems(compose: Compose): string[] {
  const env = kafkaEnv(compose);
  const problems: string[] = [];
  const required = [
    'KAFKA_NODE_ID', 'KAFKA_PROCESS_ROLES', 'KAFKA_LISTENERS', 'KAFKA_ADVERTISED_LISTENERS', 'KAFKA_LISTENER_SECURITY_PROTOCOL_MAP',
    'KAFKA_CONTROLLER_LISTENER_NAMES', 'KAFKA_CONTROLLER_QUORUM_VOTERS', 'KAFKA_INTER_BROKER_LISTENER_NAME',
    'KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR', 'KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR', 'KAFKA_AUTO_CREATE_TOPICS_ENABLE',
  ];
  for (const key of required) if (!env[key]) problems.push(`kafka: ${key} is not set`);
  const declared = listeners(env.KAFKA_LISTENERS);
  const declaredNames = declared.map((l) => l.name);
  const protocolMap = new Set((env.KAFKA_LISTENER_SECURITY_PROTOCOL_MAP ?? '').split(',').map((p) => p.split(':')[0]));
  for (const name of declaredNames) if (!protocolMap.has(name)) problems.push(`kafka: listener ${name} missing from the protocol map`);
  for (const adv of listeners(env.KAFKA_ADVERTISED_LISTENERS)) {
    const same = declared.find((l) => l.name === adv.name);
    if (!same) problems.push(`kafka: advertised listener ${adv.name} is not declared in KAFKA_LISTENERS`);
    else if (same.port !== adv.port) problems.push(`kafka: advertised ${adv.name} port ${adv.port} differs from the listener's ${same.port}`);
  }
  const controllerNames = (env.KAFKA_CONTROLLER_LISTENER_NAMES ?? '').split(',');
  for (const name of controllerNames) if (!declaredNames.includes(name)) problems.push(`kafka: controller listener ${name} is not declared`);
  if (listeners(env.KAFKA_ADVERTISED_LISTENERS).some((l) => controllerNames.includes(l.name))) {
    problems.push('kafka: the controller listener must not be advertised to clients');
  }
  if (!declaredNames.includes(env.KAFKA_INTER_BROKER_LISTENER_NAME)) problems.push('kafka: inter-broker listener is not declared');
  const roles = (env.KAFKA_PROCESS_ROLES ?? '').split(',');
  if (!roles.includes('broker') || !roles.includes('controller')) problems.push('kafka: a single node must be broker,controller');
  const controllerPorts = declared.filter((l) => controllerNames.includes(l.name)).map((l) => l.port);
  const voters = (env.KAFKA_CONTROLLER_QUORUM_VOTERS ?? '').split(',').map((v) => /^(\d+)@([^:]+):(\d+)$/.exec(v));
  const self = voters.find((m) => m?.[1] === env.KAFKA_NODE_ID);
  if (!self) problems.push(`kafka: quorum voters do not name node id ${env.KAFKA_NODE_ID}`);
  else if (!controllerPorts.includes(self[3])) problems.push(`kafka: quorum voter port ${self[3]} is not a controller listener port`);
  for (const key of ['KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR', 'KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR']) {
    if (env[key] && env[key] !== '1') problems.push(`kafka: ${key} must be 1 on a single node`);
  }
  if (env.KAFKA_AUTO_CREATE_TOPICS_ENABLE && env.KAFKA_AUTO_CREATE_TOPICS_ENABLE !== 'false') problems.push('kafka: topics must not be auto-created');
  if (!/^apache\/kafka:3\.9\./.test(compose.services.kafka?.image ?? '')) problems.push('kafka: image is not apache/kafka 3.9.x');
  return problems;
}

// ---------------------------------------------------------------- Kubernetes checks

function byKind(docs: K8sDoc[], kind: string): K8sDoc[] {
  return docs.filter((d) => d.kind === kind);
}

type Spec = NonNullable<K8sDoc['spec']>;

function specOf(docs: K8sDoc[], kind: string): Spec {
  return must(byKind(docs, kind)[0]?.spec, `${kind} spec`);
}

function firstContainer(docs: K8sDoc[]): Container {
  return must(specOf(docs, 'Deployment').template?.spec?.containers?.[0], 'Deployment container');
}

function containsLabels(labels: Record<string, string> | undefined, wanted: Record<string, string> | undefined): boolean {
  return !!wanted && Object.keys(wanted).length > 0 && Object.entries(wanted).every(([k, v]) => labels?.[k] === v);
}

function configuredPartitions(docs: K8sDoc[]): number {
  const infra = byKind(docs, 'ConfigMap').find((d) => d.data?.KAFKA_TOPIC_PARTITIONS !== undefined);
  return Number(infra?.data?.KAFKA_TOPIC_PARTITIONS);
}

function k8sProblems(docs: K8sDoc[]): string[] {
  const problems: string[] = [];
  docs.forEach((doc, i) => problems.push(...schemaProblems(k8sObjectSchema, doc, `k8s doc ${i} (${String(doc.kind)})`)));
  if (problems.length > 0) return problems;

  const deployments = byKind(docs, 'Deployment');
  const configMaps = new Set(byKind(docs, 'ConfigMap').map((d) => d.metadata.name));
  const secrets = new Set(byKind(docs, 'Secret').map((d) => d.metadata.name));

  for (const d of deployments) {
    const where = `Deployment ${d.metadata.name}`;
    const shape = schemaProblems(deploymentSchema, d, where);
    problems.push(...shape);
    if (shape.length > 0) continue;
    if (!containsLabels(d.spec?.template?.metadata?.labels, d.spec?.selector?.matchLabels)) {
      problems.push(`${where}: selector.matchLabels do not match the pod template labels`);
    }
    for (const c of d.spec?.template?.spec?.containers ?? []) {
      for (const ref of c.envFrom ?? []) {
        if (ref.configMapRef && !configMaps.has(ref.configMapRef.name)) problems.push(`${where}: envFrom ConfigMap ${ref.configMapRef.name} is not defined`);
        if (ref.secretRef && !secrets.has(ref.secretRef.name)) problems.push(`${where}: envFrom Secret ${ref.secretRef.name} is not defined`);
      }
      const port = c.env?.find((e) => e.name === 'PORT')?.value;
      if (port !== undefined && !(c.ports ?? []).some((p) => String(p.containerPort) === port)) {
        problems.push(`${where}: PORT ${port} is not a container port`);
      }
    }
  }

  for (const s of byKind(docs, 'Service')) {
    const where = `Service ${s.metadata.name}`;
    const shape = schemaProblems(serviceSchema, s, where);
    problems.push(...shape);
    if (shape.length > 0) continue;
    const selector = s.spec?.selector as Record<string, string>;
    const targets = deployments.filter((d) => containsLabels(d.spec?.template?.metadata?.labels, selector));
    if (targets.length !== 1) {
      problems.push(`${where}: selector matches ${targets.length} Deployments`);
      continue;
    }
    const ports = (targets[0].spec?.template?.spec?.containers ?? []).flatMap((c) => c.ports ?? []);
    for (const p of s.spec?.ports ?? []) {
      const ok = ports.some((cp) => (typeof p.targetPort === 'number' ? cp.containerPort === p.targetPort : cp.name === p.targetPort));
      if (!ok) problems.push(`${where}: targetPort ${p.targetPort} is no container port of ${targets[0].metadata.name}`);
    }
  }

  const partitions = configuredPartitions(docs);
  if (!Number.isInteger(partitions) || partitions < 1) problems.push('no ConfigMap sets KAFKA_TOPIC_PARTITIONS');
  for (const h of byKind(docs, 'HorizontalPodAutoscaler')) {
    const where = `HorizontalPodAutoscaler ${h.metadata.name}`;
    const shape = schemaProblems(hpaSchema, h, where);
    problems.push(...shape);
    if (shape.length > 0) continue;
    const target = h.spec?.scaleTargetRef?.name;
    if (!deployments.some((d) => d.metadata.name === target)) problems.push(`${where}: scaleTargetRef names no Deployment (${target})`);
    if ((h.spec?.maxReplicas ?? 0) > partitions) problems.push(`${where}: maxReplicas ${h.spec?.maxReplicas} exceeds ${partitions} partitions`);
    if ((h.spec?.minReplicas ?? 0) > (h.spec?.maxReplicas ?? 0)) problems.push(`${where}: minReplicas above maxReplicas`);
  }
  return problems;
}

/** Every context service in the list has its four objects, wired to its own name. */
function perServiceProblems(docs: K8sDoc[], names: string[]): string[] {
  const problems: string[] = [];
  for (const name of names) {
    const find = (kind: string, objectName: string) => docs.find((d) => d.kind === kind && d.metadata.name === objectName);
    for (const [kind, objectName] of [['Deployment', name], ['Service', name], ['HorizontalPodAutoscaler', name], ['ConfigMap', `${name}-config`]]) {
      if (!find(kind, objectName)) problems.push(`${name}: no ${kind} ${objectName}`);
    }
    const command = find('Deployment', name)?.spec?.template?.spec?.containers?.[0]?.command?.join(' ') ?? '';
    if (!command.includes(`dist/services/${name}/src/main.js`)) problems.push(`${name}: the Deployment does not run dist/services/${name}/src/main.js`);
    const config = find('ConfigMap', `${name}-config`)?.data ?? {};
    if (config.KAFKA_CLIENT_ID !== name) problems.push(`${name}: KAFKA_CLIENT_ID is ${config.KAFKA_CLIENT_ID}`);
    if (!String(config.MONGO_URL).endsWith(`/aftersales-${name}`)) problems.push(`${name}: MONGO_URL is not its own database`);
  }
  const job = docs.find((d) => d.kind === 'Job' && d.metadata.name === 'kafka-topics') as Json | undefined;
  const topics = String(JSON.stringify(job ?? {}).match(/"name":"TOPICS","value":"([^"]*)"/)?.[1] ?? '').split(/\s+/).filter(Boolean);
  for (const name of names) {
    if (!topics.includes(`aftersales.${name}.events`)) problems.push(`kafka-topics Job: TOPICS lacks aftersales.${name}.events`);
  }
  return problems;
}

function kustomizationProblems(kustomization: Json, present: string[]): string[] {
  const problems = schemaProblems(kustomizationSchema, kustomization, 'kustomization');
  if (problems.length > 0) return problems;
  const listed = (kustomization.resources as string[]).slice().sort();
  const files = present.slice().sort();
  for (const f of files) if (!listed.includes(f)) problems.push(`kustomization: ${f} is not listed`);
  for (const r of listed) if (!files.includes(r)) problems.push(`kustomization: ${r} is listed but absent`);
  return problems;
}

// ---------------------------------------------------------------- Dockerfile checks

function dockerfileProblems(text: string): string[] {
  const problems: string[] = [];
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const args = new Map<string, string>();
  for (const l of lines) {
    const m = /^ARG\s+([A-Z_]+)=(\S+)/.exec(l);
    if (m && !args.has(m[1])) args.set(m[1], m[2]);
  }
  const froms = lines.filter((l) => /^FROM\s/i.test(l)).map((l) => l.split(/\s+/)[1].replace(/^\$\{?([A-Z_]+)\}?$/, (_, a: string) => args.get(a) ?? _));
  if (froms.length < 2) problems.push('Dockerfile: not multi-stage');
  for (const image of froms) {
    const m = /^node:(\d+)/.exec(image);
    if (!m) problems.push(`Dockerfile: base ${image} is not a node image`);
    else if (Number(m[1]) < 22) problems.push(`Dockerfile: base ${image} is older than Node 22`);
  }
  const lastStage = lines.slice(lines.map((l) => /^FROM\s/i.test(l)).lastIndexOf(true));
  const users = lastStage.filter((l) => /^USER\s/i.test(l)).map((l) => l.split(/\s+/)[1]);
  const user = users[users.length - 1];
  if (!user) problems.push('Dockerfile: the final stage sets no USER');
  else if (['root', '0', '0:0', 'root:root'].includes(user)) problems.push('Dockerfile: the final stage runs as root');
  if (!lines.some((l) => /^RUN\s.*npm ci\b/.test(l))) problems.push('Dockerfile: no npm ci');
  if (!lines.some((l) => /npm prune --omit=dev/.test(l))) problems.push('Dockerfile: dev dependencies are not pruned');
  if (!lastStage.some((l) => /^EXPOSE\s+3000\b/.test(l))) problems.push('Dockerfile: does not EXPOSE 3000');
  const healthcheck = lastStage.find((l) => /^HEALTHCHECK\s/.test(l)) ?? '';
  const healthcheckText = healthcheck.endsWith('\\') ? lastStage.slice(lastStage.indexOf(healthcheck), lastStage.indexOf(healthcheck) + 2).join(' ') : healthcheck;
  if (!/fetch\(.*\/health\/live/.test(healthcheckText)) problems.push('Dockerfile: HEALTHCHECK does not fetch /health/live');
  if (!lastStage.some((l) => /^CMD\s.*dist\/services\/\$\{?SERVICE\}?\/src\/main\.js/.test(l))) problems.push('Dockerfile: CMD does not start dist/services/$SERVICE');
  return problems;
}

// ---------------------------------------------------------------- loading

function serviceList(): string[] {
  return read(join(K8S, 'services.txt'))
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/** The context services the code has: services/<name>/ besides the all-in-one. */
function serviceProjects(): string[] {
  return readdirSync(join(ROOT, 'services'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'standalone')
    .map((entry) => entry.name);
}

function serviceListProblems(listed: string[], projects: string[]): string[] {
  return [
    ...projects.filter((p) => !listed.includes(p)).map((p) => `services/${p} is not in deploy/k8s/services.txt`),
    ...listed.filter((n) => !projects.includes(n)).map((n) => `services.txt: ${n} has no services/${n}`),
  ];
}

/** The base's manifests: every YAML file but the kustomizations and the keda overlay's. */
function k8sManifestFiles(): string[] {
  return filesUnder(K8S, '.yaml')
    .map((f) => relative(K8S, f))
    .filter((f) => f !== 'kustomization.yaml' && !f.startsWith('keda/'));
}

function loadK8s(): K8sDoc[] {
  return k8sManifestFiles().flatMap((f) => parseYaml(read(join(K8S, f)), f) as K8sDoc[]);
}

// ---------------------------------------------------------------- KEDA overlay (issue 17)

const KEDA = join(K8S, 'keda');

/** consumers.txt: per consuming service, its consumer groups and the topics KEDA scales it on (a line per group). */
interface ConsumerLine {
  readonly service: string;
  readonly groups: readonly { readonly group: string; readonly topics: readonly string[] }[];
}

function consumerList(): ConsumerLine[] {
  const services = new Map<string, { group: string; topics: string[] }[]>();
  for (const line of read(join(K8S, 'consumers.txt')).split('\n').map((l) => l.trim())) {
    if (!line || line.startsWith('#')) continue;
    const [service, group, ...topics] = line.split(/\s+/);
    services.set(service, [...(services.get(service) ?? []), { group, topics }]);
  }
  return [...services].map(([service, groups]) => ({ service, groups }));
}

const scaledObjectSchema = {
  type: 'object',
  required: ['apiVersion', 'spec'],
  properties: {
    apiVersion: { const: 'keda.sh/v1alpha1' },
    spec: {
      type: 'object',
      required: ['scaleTargetRef', 'minReplicaCount', 'maxReplicaCount', 'triggers'],
      properties: {
        scaleTargetRef: { type: 'object', required: ['name'], properties: { kind: { const: 'Deployment' }, apiVersion: { const: 'apps/v1' } } },
        minReplicaCount: { type: 'integer', minimum: 2 },
        maxReplicaCount: { type: 'integer', minimum: 2 },
        triggers: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            required: ['type', 'metadata'],
            properties: { type: { enum: ['kafka', 'cpu'] }, metadata: { type: 'object' } },
            if: { properties: { type: { const: 'kafka' } } },
            then: {
              properties: {
                metadata: {
                  type: 'object',
                  required: ['bootstrapServers', 'consumerGroup', 'topic', 'lagThreshold'],
                  properties: { lagThreshold: { type: 'string', pattern: '^[1-9][0-9]*$' }, allowIdleConsumers: { const: 'false' } },
                },
              },
            },
          },
        },
      },
    },
  },
};

interface KedaTrigger {
  type: string;
  metadata: Record<string, string>;
}
interface ScaledObjectSpec {
  scaleTargetRef?: { name?: string };
  minReplicaCount?: number;
  maxReplicaCount?: number;
  triggers?: KedaTrigger[];
}

/** The names of the HPAs the overlay's patches delete. */
function deletedHpas(kustomization: Json): string[] {
  return ((kustomization.patches as { patch?: string }[] | undefined) ?? []).flatMap((p) => {
    const patch = parseYaml(p.patch ?? '', 'keda patch')[0] as Json & { $patch?: string; kind?: string; metadata?: { name?: string } };
    return patch?.$patch === 'delete' && patch.kind === 'HorizontalPodAutoscaler' && patch.metadata?.name ? [patch.metadata.name] : [];
  });
}

/**
 * The keda overlay against the base and consumers.txt: one ScaledObject per consuming service on its
 * Deployment, a kafka trigger for each of its group's topics with the brokers the services use, a CPU
 * trigger, partitions as the replica ceiling, and the base HPA of each deleted (one autoscaler per Deployment).
 */
function kedaProblems(base: K8sDoc[], scaledObjects: K8sDoc[], kustomization: Json, consumers: readonly ConsumerLine[]): string[] {
  const problems: string[] = [];
  const partitions = configuredPartitions(base);
  const brokers = byKind(base, 'ConfigMap').find((d) => d.data?.KAFKA_BROKERS !== undefined)?.data?.KAFKA_BROKERS;
  const deployments = new Set(byKind(base, 'Deployment').map((d) => d.metadata.name));
  const resources = (kustomization.resources as string[] | undefined) ?? [];
  if (!resources.includes('..')) problems.push('keda kustomization: does not build on the base (..)');
  const deleted = deletedHpas(kustomization);
  for (const consumer of consumers) {
    const where = `ScaledObject ${consumer.service}`;
    const scaled = scaledObjects.find((d) => d.kind === 'ScaledObject' && d.metadata.name === consumer.service);
    if (!scaled) {
      problems.push(`${consumer.service}: no ScaledObject ${consumer.service}`);
      continue;
    }
    const shape = schemaProblems(scaledObjectSchema, scaled, where);
    problems.push(...shape);
    if (shape.length > 0) continue;
    const spec = scaled.spec as ScaledObjectSpec;
    if (!deployments.has(spec.scaleTargetRef?.name ?? '')) problems.push(`${where}: scaleTargetRef names no Deployment (${spec.scaleTargetRef?.name})`);
    if (spec.maxReplicaCount !== partitions) problems.push(`${where}: maxReplicaCount ${spec.maxReplicaCount} is not the ${partitions} partitions`);
    const kafka = (spec.triggers ?? []).filter((t) => t.type === 'kafka');
    for (const { group, topics } of consumer.groups) {
      for (const topic of topics) {
        if (!kafka.some((t) => t.metadata.consumerGroup === group && t.metadata.topic === topic)) problems.push(`${where}: no kafka trigger for group ${group} on ${topic}`);
      }
    }
    const groups = consumer.groups.map((g) => g.group);
    for (const t of kafka) {
      if (t.metadata.bootstrapServers !== brokers) problems.push(`${where}: bootstrapServers ${t.metadata.bootstrapServers} is not KAFKA_BROKERS (${brokers})`);
      if (!groups.includes(t.metadata.consumerGroup)) problems.push(`${where}: trigger on group ${t.metadata.consumerGroup}, not ${groups.join(' or ')}`);
    }
    if (!(spec.triggers ?? []).some((t) => t.type === 'cpu')) problems.push(`${where}: no cpu trigger (the base HPA's scaling would be lost)`);
    if (!resources.includes(`scaledobjects/${consumer.service}.yaml`)) problems.push(`keda kustomization: scaledobjects/${consumer.service}.yaml is not listed`);
    if (!deleted.includes(consumer.service)) problems.push(`keda kustomization: the HorizontalPodAutoscaler ${consumer.service} is not deleted (two autoscalers on one Deployment)`);
  }
  for (const name of deleted) if (!consumers.some((c) => c.service === name)) problems.push(`keda kustomization: deletes the HPA of ${name}, which has no ScaledObject`);
  return problems;
}

/** What generate.sh writes for one consuming service. */
function generatedScaledObject(consumer: ConsumerLine): string {
  const trigger = read(join(K8S, 'template', 'kafka-trigger.yaml.tpl'));
  const triggers = consumer.groups
    .flatMap(({ group, topics }) => topics.map((topic) => trigger.split('__GROUP__').join(group).split('__TOPIC__').join(topic)))
    .join('');
  const body = read(join(K8S, 'template', 'scaledobject.yaml.tpl'))
    .split('\n')
    .map((line) => (line === '__TRIGGERS__' ? triggers.replace(/\n$/, '') : line.split(PLACEHOLDER).join(consumer.service)))
    .join('\n');
  return `# GENERATED by deploy/k8s/generate.sh from template/scaledobject.yaml.tpl and consumers.txt: do not edit.\n${body}`;
}

function generatedText(name: string): string {
  const template = read(join(K8S, 'template', 'service.yaml.tpl'));
  return `# GENERATED by deploy/k8s/generate.sh from template/service.yaml.tpl: do not edit.\n${template.split(PLACEHOLDER).join(name)}`;
}

// ---------------------------------------------------------------- tests

describe('deployment manifests (offline)', () => {
  const compose = parseYaml(read(join(ROOT, 'docker-compose.yml')), 'docker-compose.yml')[0] as unknown as Compose;
  const docs = loadK8s();
  const names = serviceList();

  describe('YAML', () => {
    it('parses every document of every YAML file, the template included', () => {
      const files = [join(ROOT, 'docker-compose.yml'), ...filesUnder(K8S, '.yaml')];
      for (const f of files) expect(() => parseYaml(read(f), f)).not.toThrow();
      expect(parseYaml(generatedText('example'), 'template').map((d) => d.kind)).toEqual(['ConfigMap', 'Deployment', 'Service', 'HorizontalPodAutoscaler']);
      expect(docs.length).toBeGreaterThanOrEqual(4 + 4 * names.length);
    });

    it('reports a broken document', () => {
      expect(() => parseYaml('a: 1\n---\nb: [unclosed\n', 'broken')).toThrow(/broken document 1/);
    });
  });

  describe('docker-compose.yml', () => {
    it('has the infrastructure, the context services and the standalone profile', () => {
      expect(Object.keys(compose.services)).toEqual(expect.arrayContaining(['kafka', 'eventstoredb', 'mongo', 'postgres', 'standalone', ...names]));
      expect(compose.services.standalone.profiles).toEqual(['standalone']);
      expect(compose.services.mongo.image).toMatch(/^mongo:7/);
      expect(compose.services.postgres.image).toMatch(/^postgres:16/);
      expect(compose.services.eventstoredb.image).toMatch(/^eventstore\/eventstore:24\.10/);
      expect(compose.services.eventstoredb.environment).toMatchObject({ EVENTSTORE_INSECURE: 'true', EVENTSTORE_RUN_PROJECTIONS: 'None' });
    });

    it('runs exactly the context services deployed to Kubernetes (services.txt)', () => {
      const apps = Object.values(compose.services).map(appServiceName).filter((n): n is string => !!n && n !== 'standalone');
      expect(apps.sort()).toEqual(names.slice().sort());
    });

    it('passes the service checks: healthchecks, depends_on, service env, distinct host ports', () => {
      expect(composeProblems(compose)).toEqual([]);
    });

    it('fails two services on one host port', () => {
      const broken = clone(compose);
      broken.services.standalone = { ...broken.services.standalone, ports: ['3001:3000'] };
      expect(composeProblems(broken)).toContain("compose standalone: host port 3001 is already intake's");
    });

    it('fails a depends_on naming an undefined service', () => {
      const broken = clone(compose);
      (broken.services.intake.depends_on as Record<string, { condition: string }>).zookeeper = { condition: 'service_healthy' };
      expect(composeProblems(broken)).toContain('compose intake: depends_on names undefined service zookeeper');
    });

    it('fails a service without a healthcheck', () => {
      const broken = clone(compose);
      delete broken.services.mongo.healthcheck;
      expect(composeProblems(broken).join('\n')).toMatch(/compose\/services\/mongo must have required property 'healthcheck'/);
    });

    it('fails a context service whose JWT_SECRET is too short or whose brokers are not advertised', () => {
      const broken = clone(compose);
      broken.services.intake.environment = { ...broken.services.intake.environment, JWT_SECRET: 'short', KAFKA_BROKERS: 'localhost:9092' };
      const problems = composeProblems(broken).join('\n');
      expect(problems).toMatch(/JWT_SECRET must NOT have fewer than 32 characters/);
      expect(problems).toMatch(/KAFKA_BROKERS localhost:9092 is not an advertised listener/);
    });

    it('has a self-consistent KRaft single-node Kafka', () => {
      expect(kafkaProblems(compose)).toEqual([]);
    });

    it('fails an advertised listener that is not declared, and voters without the node id', () => {
      const broken = clone(compose);
      const env = broken.services.kafka.environment as Record<string, string>;
      env.KAFKA_ADVERTISED_LISTENERS = 'EXTERNAL://kafka:9094';
      env.KAFKA_CONTROLLER_QUORUM_VOTERS = '2@kafka:9093';
      expect(kafkaProblems(broken)).toEqual(
        expect.arrayContaining([
          'kafka: advertised listener EXTERNAL is not declared in KAFKA_LISTENERS',
          'kafka: quorum voters do not name node id 1',
        ]),
      );
    });

    it('fails a quorum voter on a non-controller port and auto-created topics', () => {
      const broken = clone(compose);
      const env = broken.services.kafka.environment as Record<string, string>;
      env.KAFKA_CONTROLLER_QUORUM_VOTERS = '1@kafka:9092';
      env.KAFKA_AUTO_CREATE_TOPICS_ENABLE = 'true';
      expect(kafkaProblems(broken)).toEqual(
        expect.arrayContaining(['kafka: quorum voter port 9092 is not a controller listener port', 'kafka: topics must not be auto-created']),
      );
    });
  });

  describe('deploy/k8s', () => {
    it('passes the object checks: shapes, selectors, ports, probes, autoscalers', () => {
      expect(k8sProblems(docs)).toEqual([]);
    });

    it('has a Deployment, Service, ConfigMap and HorizontalPodAutoscaler per listed service, and its topic in the Job', () => {
      expect(names.length).toBeGreaterThan(0);
      expect(perServiceProblems(docs, names)).toEqual([]);
    });

    it('has the namespace, the shared infrastructure ConfigMap and a clearly marked placeholder Secret', () => {
      expect(byKind(docs, 'Namespace').map((d) => d.metadata.name)).toEqual(['aftersales']);
      expect(configuredPartitions(docs)).toBe(6);
      const secret = must(byKind(docs, 'Secret').find((d) => d.metadata.name === 'aftersales-secrets'), 'Secret aftersales-secrets');
      expect(read(join(K8S, 'secret.example.yaml'))).toMatch(/EXAMPLE ONLY - PLACEHOLDER/);
      // Too short to pass the services' JWT_SECRET check: the example cannot go live unnoticed.
      expect(secret.stringData?.JWT_SECRET.length).toBeLessThan(32);
    });

    it('runs audit as one writer with its log key and source stores from its own placeholder Secret (AU-1, AU-2)', () => {
      const secret = must(byKind(docs, 'Secret').find((d) => d.metadata.name === 'aftersales-audit'), 'Secret aftersales-audit');
      expect(read(join(K8S, 'secret.audit.example.yaml'))).toMatch(/EXAMPLE ONLY - PLACEHOLDER/);
      // Not a PEM key: the audit service refuses to start with the example.
      expect(secret.stringData?.['log-signing-key.pem']).not.toMatch(/BEGIN PRIVATE KEY/);
      expect(() => JSON.parse(secret.stringData?.AUDIT_SOURCE_STORES ?? '')).not.toThrow();
      const kustomization = parseYaml(read(join(K8S, 'kustomization.yaml')), 'kustomization.yaml')[0] as { patches?: { target: { kind: string; name: string }; patch: string }[] };
      const patchOf = (kind: string) => parseYaml(must(kustomization.patches?.find((p) => p.target.kind === kind && p.target.name === 'audit'), `the audit ${kind} patch`).patch, 'patch')[0] as Json;
      const deployment = patchOf('Deployment') as { spec: { replicas: number; template: { spec: { containers: { name: string; env: { name: string; value?: string; valueFrom?: { secretKeyRef: { name: string; key: string } } }[]; volumeMounts: { name: string; mountPath: string }[] }[]; volumes: { name: string; secret: { secretName: string } }[] } } } };
      expect(deployment.spec.replicas).toBe(1);
      expect(patchOf('HorizontalPodAutoscaler')).toMatchObject({ $patch: 'delete' });
      const pod = deployment.spec.template.spec;
      const container = must(pod.containers.find((c) => c.name === 'audit'), 'the audit container');
      const env = new Map(container.env.map((e) => [e.name, e]));
      expect(env.get('READ_MODELS')?.value).toBe('postgres');
      expect(env.get('AUDIT_SOURCE_STORES')?.valueFrom?.secretKeyRef).toEqual({ name: 'aftersales-audit', key: 'AUDIT_SOURCE_STORES' });
      // The key file is a key of the Secret, mounted where AUDIT_SIGNING_KEY_FILE points.
      const keyFile = must(env.get('AUDIT_SIGNING_KEY_FILE')?.value, 'AUDIT_SIGNING_KEY_FILE');
      const mount = must(container.volumeMounts.find((m) => keyFile.startsWith(`${m.mountPath}/`)), 'a mount holding the key file');
      expect(pod.volumes.find((v) => v.name === mount.name)?.secret.secretName).toBe('aftersales-audit');
      expect(Object.keys(secret.stringData ?? {})).toContain(keyFile.slice(mount.mountPath.length + 1));
      // The Deployment and HPA the patches name exist in the base.
      expect(byKind(docs, 'Deployment').some((d) => d.metadata.name === 'audit')).toBe(true);
      expect(byKind(docs, 'HorizontalPodAutoscaler').some((d) => d.metadata.name === 'audit')).toBe(true);
    });

    it('fails a document without metadata.name', () => {
      const broken = clone(docs);
      delete (broken[0].metadata as { name?: string }).name;
      expect(k8sProblems(broken).join('\n')).toMatch(/must have required property 'name'/);
    });

    it('fails a selector that does not match the pod template labels', () => {
      const broken = clone(docs);
      must(specOf(broken, 'Deployment').selector, 'selector').matchLabels = { 'app.kubernetes.io/name': 'other' };
      expect(k8sProblems(broken).join('\n')).toMatch(/selector.matchLabels do not match the pod template labels/);
    });

    it('fails a Service targetPort that no container exposes', () => {
      const broken = clone(docs);
      must(specOf(broken, 'Service').ports, 'ports')[0].targetPort = 'metrics';
      expect(k8sProblems(broken).join('\n')).toMatch(/targetPort metrics is no container port/);
    });

    it('fails probes pointing elsewhere than /health/live and /health/ready', () => {
      const broken = clone(docs);
      const container = firstContainer(broken) as unknown as Json;
      (container.readinessProbe as { httpGet: { path: string } }).httpGet.path = '/health/live';
      expect(k8sProblems(broken).join('\n')).toMatch(/readinessProbe\/httpGet\/path must be equal to constant/);
    });

    it('fails an HPA aimed at a missing Deployment or above the partition count', () => {
      const broken = clone(docs);
      const hpa = specOf(broken, 'HorizontalPodAutoscaler');
      must(hpa.scaleTargetRef, 'scaleTargetRef').name = 'nowhere';
      hpa.maxReplicas = configuredPartitions(docs) + 1;
      const problems = k8sProblems(broken).join('\n');
      expect(problems).toMatch(/scaleTargetRef names no Deployment \(nowhere\)/);
      expect(problems).toMatch(/maxReplicas 7 exceeds 6 partitions/);
    });

    it('fails a writable root filesystem and an envFrom naming an undefined ConfigMap', () => {
      const broken = clone(docs);
      const container = firstContainer(broken);
      (container as unknown as { securityContext: { readOnlyRootFilesystem: boolean } }).securityContext.readOnlyRootFilesystem = false;
      expect(k8sProblems(broken).join('\n')).toMatch(/readOnlyRootFilesystem must be equal to constant/);
      const broken2 = clone(docs);
      must(firstContainer(broken2).envFrom, 'envFrom').push({ configMapRef: { name: 'missing' } });
      expect(k8sProblems(broken2).join('\n')).toMatch(/envFrom ConfigMap missing is not defined/);
    });

    it('fails a listed service without its objects or its topic', () => {
      // A name no list will ever hold: the real next context would pass once it is deployed.
      expect(perServiceProblems(docs, [...names, 'not-deployed'])).toEqual(
        expect.arrayContaining([
          'not-deployed: no Deployment not-deployed',
          'not-deployed: no HorizontalPodAutoscaler not-deployed',
          'kafka-topics Job: TOPICS lacks aftersales.not-deployed.events',
        ]),
      );
    });

    it('deploys every context service under services/ (qa included), and nothing else', () => {
      expect(names).toEqual(expect.arrayContaining(['intake', 'qa']));
      expect(serviceListProblems(names, serviceProjects())).toEqual([]);
    });

    it('fails a service project missing from services.txt, and a listed name without a project', () => {
      expect(serviceListProblems(names.filter((n) => n !== 'qa').concat('gone'), serviceProjects())).toEqual([
        'services/qa is not in deploy/k8s/services.txt',
        'services.txt: gone has no services/gone',
      ]);
    });

    it('lists exactly the manifests present in kustomization.yaml', () => {
      const kustomization = parseYaml(read(join(K8S, 'kustomization.yaml')), 'kustomization.yaml')[0];
      expect(kustomizationProblems(kustomization, k8sManifestFiles())).toEqual([]);
    });

    it('fails a kustomization missing a file or listing an absent one', () => {
      const kustomization = parseYaml(read(join(K8S, 'kustomization.yaml')), 'kustomization.yaml')[0];
      const broken = { ...kustomization, resources: (kustomization.resources as string[]).filter((r) => r !== 'namespace.yaml').concat('gone.yaml') };
      expect(kustomizationProblems(broken, k8sManifestFiles())).toEqual(['kustomization: namespace.yaml is not listed', 'kustomization: gone.yaml is listed but absent']);
    });

    it('keeps services/<name>.yaml identical to the template (run deploy/k8s/generate.sh after editing it)', () => {
      const generated = readdirSync(join(K8S, 'services')).sort();
      expect(generated).toEqual(names.map((n) => `${n}.yaml`).sort());
      for (const name of names) expect(read(join(K8S, 'services', `${name}.yaml`))).toBe(generatedText(name));
      expect(existsSync(join(K8S, 'generate.sh'))).toBe(true);
    });
  });

  describe('Kubernetes: KEDA overlay (deploy/k8s/keda)', () => {
    const consumers = consumerList();
    const kustomization = parseYaml(read(join(KEDA, 'kustomization.yaml')), 'keda/kustomization.yaml')[0];
    const scaledObjects = filesUnder(join(KEDA, 'scaledobjects'), '.yaml').flatMap((f) => parseYaml(read(f), f) as K8sDoc[]);

    it('scales every consuming service on its consumer group\'s lag, with CPU, up to the partition count, in place of its CPU HPA', () => {
      expect(consumers.map((c) => c.service)).toEqual(expect.arrayContaining(['intake', 'qa']));
      expect(kedaProblems(docs, scaledObjects, kustomization, consumers)).toEqual([]);
      for (const c of consumers) expect(names).toContain(c.service);
    });

    it('fails a ceiling other than the partitions, a missing topic trigger, other brokers and a kept HPA', () => {
      const broken = clone(scaledObjects);
      const qa = must(broken.find((d) => d.metadata.name === 'qa'), 'the qa ScaledObject');
      const spec = qa.spec as ScaledObjectSpec;
      spec.maxReplicaCount = 8;
      const trigger = must(spec.triggers?.find((t) => t.type === 'kafka'), 'a kafka trigger');
      trigger.metadata.bootstrapServers = 'localhost:9092';
      trigger.metadata.topic = 'aftersales.elsewhere.events';
      const kept = { ...kustomization, patches: (kustomization.patches as unknown[]).slice(1) };
      const problems = kedaProblems(docs, broken, kept, consumers).join('\n');
      expect(problems).toMatch(/ScaledObject qa: maxReplicaCount 8 is not the 6 partitions/);
      expect(problems).toMatch(/ScaledObject qa: no kafka trigger for group qa on aftersales.intake.events/);
      expect(problems).toMatch(/bootstrapServers localhost:9092 is not KAFKA_BROKERS/);
      expect(problems).toMatch(/the HorizontalPodAutoscaler intake is not deleted/);
    });

    it('fails a consuming service without a ScaledObject, and one without a cpu trigger', () => {
      expect(kedaProblems(docs, scaledObjects, kustomization, [...consumers, { service: 'billing', groups: [{ group: 'billing', topics: ['aftersales.qa.events'] }] }])).toContain('billing: no ScaledObject billing');
      const broken = clone(scaledObjects);
      const spec = must(broken[0].spec as ScaledObjectSpec, 'spec');
      spec.triggers = spec.triggers?.filter((t) => t.type !== 'cpu');
      expect(kedaProblems(docs, broken, kustomization, consumers).join('\n')).toMatch(/no cpu trigger/);
    });

    it('lists in consumers.txt every context whose feature library registers a consumer (its service then scales on lag)', () => {
      const consuming = readdirSync(join(ROOT, 'libs'))
        .filter((lib) => existsSync(join(ROOT, 'libs', lib, 'feature', 'src')))
        .filter((lib) => filesUnder(join(ROOT, 'libs', lib, 'feature', 'src'), '.ts').some((f) => !/\.(spec|int-spec|e2e-spec)\.ts$/.test(f) && read(f).includes('consumers.register(')));
      expect(consuming).toEqual(expect.arrayContaining(['intake', 'qa']));
      expect(consuming.filter((lib) => !consumers.some((c) => c.service === lib))).toEqual([]);
    });

    it('keeps keda/scaledobjects/<name>.yaml identical to the templates and consumers.txt (run deploy/k8s/generate.sh)', () => {
      expect(readdirSync(join(KEDA, 'scaledobjects')).sort()).toEqual(consumers.map((c) => `${c.service}.yaml`).sort());
      for (const c of consumers) expect(read(join(KEDA, 'scaledobjects', `${c.service}.yaml`))).toBe(generatedScaledObject(c));
    });
  });

  describe('Dockerfile', () => {
    const dockerfile = read(join(ROOT, 'Dockerfile'));

    it('is multi-stage on Node >= 22, runs as a non-root USER, exposes 3000 with a /health/live HEALTHCHECK', () => {
      expect(dockerfileProblems(dockerfile)).toEqual([]);
    });

    it('fails an old Node base image', () => {
      expect(dockerfileProblems(dockerfile.replace('node:22-bookworm-slim', 'node:20-bookworm-slim'))).toContain('Dockerfile: base node:20-bookworm-slim is older than Node 22');
    });

    it('fails a final stage without USER or running as root', () => {
      expect(dockerfileProblems(dockerfile.replace(/^USER node$/m, ''))).toContain('Dockerfile: the final stage sets no USER');
      expect(dockerfileProblems(dockerfile.replace(/^USER node$/m, 'USER root'))).toContain('Dockerfile: the final stage runs as root');
    });

    it('ignores node_modules, dist and local data in the build context', () => {
      const ignored = read(join(ROOT, '.dockerignore')).split('\n').map((l) => l.trim());
      expect(ignored).toEqual(expect.arrayContaining(['node_modules', '/dist', '/data', '/tmp', '.git', 'deploy/local/*/lib']));
      expect(ignored).not.toContain('libs');
    });
  });
});
