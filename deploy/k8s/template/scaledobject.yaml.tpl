# KEDA ScaledObject of one consuming service (the keda overlay, deploy/README.md "Scaling"): the
# consumer group's lag on each topic it reads, and CPU as the base HPA has it. KEDA makes one HPA
# of all triggers (the largest replica count wins), which is why the overlay deletes the base HPA:
# two autoscalers must never target one Deployment. generate.sh writes keda/scaledobjects/<name>.yaml
# per line of consumers.txt, one kafka trigger per topic from template/kafka-trigger.yaml.tpl.
apiVersion: keda.sh/v1alpha1
kind: ScaledObject
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
  # Never below 2 (availability; the service also serves HTTP), never above the partitions of
  # its topics (KAFKA_TOPIC_PARTITIONS): a consumer beyond them idles.
  minReplicaCount: 2
  maxReplicaCount: 6
  pollingInterval: 15
  cooldownPeriod: 300
  advanced:
    horizontalPodAutoscalerConfig:
      behavior:
        scaleDown:
          # Each scale-down rebalances the consumer groups: go slowly, as the base HPA does.
          stabilizationWindowSeconds: 300
          policies:
            - type: Pods
              value: 1
              periodSeconds: 60
  triggers:
__TRIGGERS__
    - type: cpu
      metricType: Utilization
      metadata:
        value: "70"
