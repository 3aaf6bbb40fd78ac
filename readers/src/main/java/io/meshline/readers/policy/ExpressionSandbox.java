package io.meshline.readers.policy;

import java.util.Map;
import java.util.Set;

import org.springframework.expression.spel.SpelNode;
import org.springframework.expression.spel.ast.Assign;
import org.springframework.expression.spel.ast.BeanReference;
import org.springframework.expression.spel.ast.BooleanLiteral;
import org.springframework.expression.spel.ast.CompoundExpression;
import org.springframework.expression.spel.ast.ConstructorReference;
import org.springframework.expression.spel.ast.Elvis;
import org.springframework.expression.spel.ast.FloatLiteral;
import org.springframework.expression.spel.ast.FunctionReference;
import org.springframework.expression.spel.ast.Indexer;
import org.springframework.expression.spel.ast.InlineList;
import org.springframework.expression.spel.ast.InlineMap;
import org.springframework.expression.spel.ast.IntLiteral;
import org.springframework.expression.spel.ast.LongLiteral;
import org.springframework.expression.spel.ast.MethodReference;
import org.springframework.expression.spel.ast.NullLiteral;
import org.springframework.expression.spel.ast.OpAnd;
import org.springframework.expression.spel.ast.OpDec;
import org.springframework.expression.spel.ast.OpDivide;
import org.springframework.expression.spel.ast.OpEQ;
import org.springframework.expression.spel.ast.OpGE;
import org.springframework.expression.spel.ast.OpGT;
import org.springframework.expression.spel.ast.OpInc;
import org.springframework.expression.spel.ast.OpLE;
import org.springframework.expression.spel.ast.OpLT;
import org.springframework.expression.spel.ast.OpMinus;
import org.springframework.expression.spel.ast.OpModulus;
import org.springframework.expression.spel.ast.OpMultiply;
import org.springframework.expression.spel.ast.OpNE;
import org.springframework.expression.spel.ast.OpOr;
import org.springframework.expression.spel.ast.OpPlus;
import org.springframework.expression.spel.ast.OperatorBetween;
import org.springframework.expression.spel.ast.OperatorInstanceof;
import org.springframework.expression.spel.ast.OperatorMatches;
import org.springframework.expression.spel.ast.OperatorNot;
import org.springframework.expression.spel.ast.OperatorPower;
import org.springframework.expression.spel.ast.Projection;
import org.springframework.expression.spel.ast.PropertyOrFieldReference;
import org.springframework.expression.spel.ast.QualifiedIdentifier;
import org.springframework.expression.spel.ast.RealLiteral;
import org.springframework.expression.spel.ast.Selection;
import org.springframework.expression.spel.ast.StringLiteral;
import org.springframework.expression.spel.ast.Ternary;
import org.springframework.expression.spel.ast.TypeReference;
import org.springframework.expression.spel.ast.VariableReference;

import io.meshline.core.policy.DealFacts;

/**
 * Decides whether a parsed SpEL expression may be used as a policy condition. It is an allow-list:
 * literals, the deal's own fields, and the logical, comparison, arithmetic, {@code between},
 * {@code matches}, ternary and Elvis operators. Anything else (a method call, a type reference
 * {@code T(...)}, {@code new}, a bean reference {@code @x} or {@code &x}, an assignment, a variable,
 * a function, an indexer, a projection or selection, {@code instanceof}, a property of a property)
 * is refused before the expression ever runs. Stateless and thread-safe.
 */
final class ExpressionSandbox {

	private static final Set<Class<?>> ALLOWED = Set.of(BooleanLiteral.class, IntLiteral.class, LongLiteral.class,
			RealLiteral.class, FloatLiteral.class, StringLiteral.class, NullLiteral.class, PropertyOrFieldReference.class,
			OpAnd.class, OpOr.class, OperatorNot.class, OpEQ.class, OpNE.class, OpGT.class, OpGE.class, OpLT.class,
			OpLE.class, OpPlus.class, OpMinus.class, OpMultiply.class, OpDivide.class, OpModulus.class,
			OperatorBetween.class, OperatorMatches.class, Ternary.class, Elvis.class, InlineList.class);

	private static final Map<Class<?>, String> REFUSED = Map.ofEntries(
			Map.entry(MethodReference.class, "calls a method"),
			Map.entry(TypeReference.class, "refers to a Java type"),
			Map.entry(QualifiedIdentifier.class, "refers to a Java type"),
			Map.entry(ConstructorReference.class, "creates an object with new"),
			Map.entry(BeanReference.class, "refers to a bean"),
			Map.entry(Assign.class, "assigns a value"),
			Map.entry(OpInc.class, "changes a value with ++"),
			Map.entry(OpDec.class, "changes a value with --"),
			Map.entry(VariableReference.class, "reads a variable"),
			Map.entry(FunctionReference.class, "calls a function"),
			Map.entry(Indexer.class, "indexes into a value"),
			Map.entry(InlineMap.class, "builds a map"),
			Map.entry(Projection.class, "projects a collection"),
			Map.entry(Selection.class, "selects from a collection"),
			Map.entry(OperatorInstanceof.class, "tests a Java type with instanceof"),
			Map.entry(OperatorPower.class, "raises to a power, which can take unbounded time"),
			Map.entry(CompoundExpression.class, "reads a property of a value (a.b); only the deal's own fields"
					+ " can be read"));

	private ExpressionSandbox() {
	}

	/**
	 * The construct of {@code node}'s tree that policy expressions may not use, as a phrase such as
	 * {@code calls a method (getClass() at column 4)}; {@code null} when the whole tree is allowed.
	 * The most telling problem is reported: a method call, type, object creation, bean, assignment
	 * or the like first (outermost first), then a property of a value, then anything else.
	 */
	static String firstProblem(SpelNode node) {
		String problem = find(node, true);
		return (problem != null) ? problem : find(node, false);
	}

	private static String find(SpelNode node, boolean specificOnly) {
		String refused = REFUSED.get(node.getClass());
		if (refused != null && (!specificOnly || !(node instanceof CompoundExpression))) {
			return describe(refused, node);
		}
		for (int i = 0; i < node.getChildCount(); i++) {
			String problem = find(node.getChild(i), specificOnly);
			if (problem != null) {
				return problem;
			}
		}
		if (specificOnly) {
			return null;
		}
		if (node instanceof PropertyOrFieldReference property && !DealFacts.FIELDS.contains(property.getName())) {
			return "reads " + property.getName() + ", which is not a deal field (the fields are "
					+ String.join(", ", DealFacts.FIELDS) + ")";
		}
		return ALLOWED.contains(node.getClass()) ? null : describe("uses " + node.getClass().getSimpleName(), node);
	}

	private static String describe(String what, SpelNode node) {
		return what + " (" + node.toStringAST() + " at column " + (node.getStartPosition() + 1) + ")";
	}

}
