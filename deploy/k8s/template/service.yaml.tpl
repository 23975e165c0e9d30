# ConfigMap, Deployment, Service and HorizontalPodAutoscaler of one context service.
# generate.sh writes one services/<name>.yaml per line of services.txt, with the placeholder
# replaced by the name; those files are committed and never edited by hand.
apiVersion: v1
kind: ConfigMap
metadata:
  name: __SERVICE__-config
  labels:
    app.kubernetes.io/name: __SERVICE__
    app.kubernetes.io/part-of: aftersales
data:
  KAFKA_CLIENT_ID: __SERVICE__
  MONGO_URL: mongodb://mongo:27017/aftersales-__SERVICE__
  # INTAKE_POLICY_FILE: /config/policy.yaml        # optional (intake; POLICY_FILE is its older alias): mount a ConfigMap there
  # QA_POLICY_FILE: /config/qa-policy.yaml         # optional (qa): likewise
  # CALENDAR_OVERRIDES_FILE: /config/calendar.json # optional
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: __SERVICE__
  labels:
    app.kubernetes.io/name: __SERVICE__
    app.kubernetes.io/part-of: aftersales
spec:
  # No replicas field: the HorizontalPodAutoscaler owns the count (minReplicas 2).
  revisionHistoryLimit: 5
  selector:
    matchLabels:
      app.kubernetes.io/name: __SERVICE__
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxUnavailable: 0
      maxSurge: 1
  template:
    metadata:
      labels:
        app.kubernetes.io/name: __SERVICE__
        app.kubernetes.io/part-of: aftersales
    spec:
      # SIGTERM: stop taking requests, drain consumers and in-flight work, close. preStop's 5 s
      # let the endpoint removal propagate first; 45 s in all before SIGKILL.
      terminationGracePeriodSeconds: 45
      automountServiceAccountToken: false
      securityContext:
        runAsNonRoot: true
        runAsUser: 1000
        runAsGroup: 1000
        fsGroup: 1000
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: __SERVICE__
          image: aftersales
          imagePullPolicy: IfNotPresent
          command: ["node", "dist/services/__SERVICE__/src/main.js"]
          ports:
            - name: http
              containerPort: 3000
              protocol: TCP
          envFrom:
            - configMapRef:
                name: aftersales-infrastructure
            - configMapRef:
                name: __SERVICE__-config
            - secretRef:
                name: aftersales-secrets
          env:
            - name: PORT
              value: "3000"
            - name: HOST
              value: 0.0.0.0
          startupProbe:
            httpGet:
              path: /health/live
              port: http
            periodSeconds: 5
            failureThreshold: 24
          livenessProbe:
            httpGet:
              path: /health/live
              port: http
            periodSeconds: 10
            timeoutSeconds: 3
            failureThreshold: 3
          readinessProbe:
            # Includes Kafka, the event store and MongoDB, and projections caught up.
            httpGet:
              path: /health/ready
              port: http
            periodSeconds: 5
            timeoutSeconds: 3
            failureThreshold: 3
          lifecycle:
            preStop:
              exec:
                command: ["sleep", "5"]
          resources:
            requests:
              cpu: 250m
              memory: 256Mi
            limits:
              cpu: "1"
              memory: 512Mi
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities:
              drop: ["ALL"]
          volumeMounts:
            - name: tmp
              mountPath: /tmp
      volumes:
        - name: tmp
          emptyDir:
            sizeLimit: 64Mi
---
apiVersion: v1
kind: Service
metadata:
  name: __SERVICE__
  labels:
    app.kubernetes.io/name: __SERVICE__
    app.kubernetes.io/part-of: aftersales
spec:
  type: ClusterIP
  selector:
    app.kubernetes.io/name: __SERVICE__
  ports:
    - name: http
      port: 80
      targetPort: http
      protocol: TCP
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: __SERVICE__
  labels:
    app.kubernetes.io/name: __SERVICE__
    app.kubernetes.io/part-of: aftersales
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: __SERVICE__
  minReplicas: 2
  # Never more than KAFKA_TOPIC_PARTITIONS (infrastructure-configmap.yaml): a consumer beyond
  # the partition count of its group sits idle (deploy/README.md "Scaling").
  maxReplicas: 6
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: 70
  behavior:
    scaleDown:
      # Each scale-down rebalances the consumer groups: go slowly.
      stabilizationWindowSeconds: 300
      policies:
        - type: Pods
          value: 1
          periodSeconds: 60
