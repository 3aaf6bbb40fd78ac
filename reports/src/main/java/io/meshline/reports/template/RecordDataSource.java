package io.meshline.reports.template;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRRewindableDataSource;

/**
 * A report data source over Java records: a field is read through the record component of the
 * same name. {@code JRBeanCollectionDataSource} cannot read records (it looks for getters). Not
 * thread-safe; one per fill.
 */
public final class RecordDataSource implements JRRewindableDataSource {

	private final List<?> rows;

	private final Map<String, Method> accessors = new HashMap<>();

	private int index = -1;

	/** @param rows the records, in report order; {@code null} is read as no rows */
	public RecordDataSource(List<?> rows) {
		this.rows = (rows != null) ? rows : List.of();
	}

	@Override
	public boolean next() {
		this.index++;
		return this.index < this.rows.size();
	}

	@Override
	public Object getFieldValue(JRField field) throws JRException {
		Object row = this.rows.get(this.index);
		Method accessor = this.accessors.computeIfAbsent(field.getName(), (name) -> accessor(row.getClass(), name));
		if (accessor == null) {
			throw new JRException("Report field " + field.getName() + " is not a component of "
					+ row.getClass().getSimpleName() + ".");
		}
		try {
			return accessor.invoke(row);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new JRException("Could not read " + field.getName() + " of " + row.getClass().getSimpleName(), ex);
		}
	}

	@Override
	public void moveFirst() {
		this.index = -1;
	}

	private static Method accessor(Class<?> type, String name) {
		if (!type.isRecord()) {
			return null;
		}
		for (RecordComponent component : type.getRecordComponents()) {
			if (component.getName().equals(name)) {
				Method accessor = component.getAccessor();
				accessor.setAccessible(true);
				return accessor;
			}
		}
		return null;
	}

}
