package io.meshline.readers.policy;

import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.PropertyAccessor;
import org.springframework.expression.TypedValue;

import io.meshline.core.policy.DealFacts;

/**
 * The only property access policy expressions get: the named fields of a {@link DealFacts}, read
 * through an explicit switch, never by reflection, and never written. Any other object (a string,
 * a number) has no readable property at all, so {@code dealId.class} or {@code amount.bytes} fail.
 * Stateless and thread-safe.
 */
final class DealFactsAccessor implements PropertyAccessor {

	@Override
	public Class<?>[] getSpecificTargetClasses() {
		return new Class<?>[] { DealFacts.class };
	}

	@Override
	public boolean canRead(EvaluationContext context, Object target, String name) {
		return target instanceof DealFacts && DealFacts.FIELDS.contains(name);
	}

	@Override
	public TypedValue read(EvaluationContext context, Object target, String name) throws AccessException {
		if (!canRead(context, target, name)) {
			throw new AccessException("No readable field " + name);
		}
		return new TypedValue(((DealFacts) target).value(name));
	}

	@Override
	public boolean canWrite(EvaluationContext context, Object target, String name) {
		return false;
	}

	@Override
	public void write(EvaluationContext context, Object target, String name, Object newValue) throws AccessException {
		throw new AccessException("Policy expressions cannot change " + name);
	}

}
