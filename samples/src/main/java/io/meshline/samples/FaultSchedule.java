package io.meshline.samples;

import java.util.EnumMap;
import java.util.Map;

/**
 * Picks the next fault by smooth weighted round robin, so after n picks each fault has been
 * chosen {@code n * weight / total} times give or take one: the planted mix matches the requested
 * one exactly rather than on average. Not thread-safe.
 */
final class FaultSchedule {

	private final Map<PlantedFault, Integer> weights;

	private final Map<PlantedFault, Long> current = new EnumMap<>(PlantedFault.class);

	private final long total;

	FaultSchedule(Map<PlantedFault, Integer> weights) {
		this.weights = new EnumMap<>(PlantedFault.class);
		weights.forEach((fault, weight) -> {
			if (weight > 0) {
				this.weights.put(fault, weight);
				this.current.put(fault, 0L);
			}
		});
		this.total = this.weights.values().stream().mapToLong(Integer::longValue).sum();
	}

	boolean isEmpty() {
		return this.total == 0;
	}

	PlantedFault next() {
		PlantedFault best = null;
		for (Map.Entry<PlantedFault, Integer> entry : this.weights.entrySet()) {
			long value = this.current.merge(entry.getKey(), entry.getValue().longValue(), Long::sum);
			if (best == null || value > this.current.get(best)) {
				best = entry.getKey();
			}
		}
		this.current.merge(best, -this.total, Long::sum);
		return best;
	}

}
