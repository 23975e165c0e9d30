# syntax=docker/dockerfile:1
# One image for every service of the distributed mode and for the standalone (deploy/README.md).
# The service is chosen at run time by SERVICE (default from the build arg) or by overriding the
# command: `node dist/services/<name>/src/main.js`.
#
#   docker build -t aftersales .                       # SERVICE defaults to intake
#   docker build --build-arg SERVICE=standalone -t aftersales-standalone .
#   docker run -e SERVICE=standalone -p 3000:3000 aftersales

ARG NODE_IMAGE=node:22-bookworm-slim

# ---- build: full dependency tree, compile TypeScript to dist/ ----
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV CI=true NX_DAEMON=false NX_NO_CLOUD=true
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.base.json tsconfig.build.json ./
COPY libs ./libs
COPY services ./services
# (add `COPY tools ./tools` once a tools/ directory exists: tsconfig.build.json includes it)
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund \
 && npm cache clean --force

# ---- runtime: production dependencies and compiled output only, as the unprivileged node user ----
FROM ${NODE_IMAGE} AS runtime
ARG SERVICE=intake
ENV NODE_ENV=production \
    SERVICE=${SERVICE} \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/app/data
WORKDIR /app
COPY --from=build --chown=root:root /app/package.json ./package.json
COPY --from=build --chown=root:root /app/node_modules ./node_modules
COPY --from=build --chown=root:root /app/dist ./dist
# The code is root-owned and read-only for the process; only the standalone's data dir is
# writable (a named volume mounted here inherits this ownership).
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# exec: node becomes PID 1 and receives SIGTERM itself (graceful drain, then close).
CMD ["sh", "-c", "exec node dist/services/${SERVICE}/src/main.js"]
