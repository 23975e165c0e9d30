    - type: kafka
      metadata:
        # As KAFKA_BROKERS in infrastructure-configmap.yaml (the spec checks they agree).
        bootstrapServers: kafka-0.kafka-headless:9092,kafka-1.kafka-headless:9092,kafka-2.kafka-headless:9092
        consumerGroup: __GROUP__
        topic: __TOPIC__
        # Messages behind per replica before another is added (the sum over partitions / replicas).
        lagThreshold: "100"
        # A group that committed nothing yet starts at the beginning of the topic, as ours do.
        offsetResetPolicy: earliest
        allowIdleConsumers: "false"
