package io.meshline.reports.monthend;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

import io.meshline.reports.Amounts;
import io.meshline.reports.data.RunRecord;

/**
 * Draws the trend chart: the match rate of each run, and below it the revenue at risk of each
 * currency in a panel of its own (currencies have their own scales and are never added). Drawn
 * at three times the printed size so it stays sharp in the PDF. Stateless.
 */
final class TrendChart {

	static final int WIDTH = 515 * 3;

	private static final Color INK = new Color(0x22, 0x22, 0x22);

	private static final Color NAVY = new Color(0x1F, 0x3A, 0x5F);

	private static final Color ORANGE = new Color(0xC2, 0x5B, 0x12);

	private static final Color GRID = new Color(0xDD, 0xE1, 0xE6);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

	private final Font font = dejaVuSans();

	/** The chart of {@code runs}, oldest first; height grows with the number of currencies. */
	BufferedImage draw(List<RunRecord> runs) {
		List<String> currencies = new ArrayList<>(new TreeSet<>(runs.stream()
			.flatMap((r) -> r.figures().revenueAtRisk().keySet().stream())
			.toList()));
		int panelHeight = 330;
		int riskRows = (currencies.size() + 1) / 2;
		int height = panelHeight * (1 + riskRows) + 20;
		BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, WIDTH, height);
			panel(g, runs, "Match rate (%)", 0, 0, WIDTH, panelHeight, NAVY, BigDecimal.valueOf(100),
					(r) -> r.figures().matchRatePercent(), (v) -> v.toPlainString() + "%");
			for (int i = 0; i < currencies.size(); i++) {
				String currency = currencies.get(i);
				int x = (i % 2) * (WIDTH / 2);
				int y = panelHeight * (1 + i / 2);
				int w = (currencies.size() == 1) ? WIDTH : WIDTH / 2;
				BigDecimal max = runs.stream()
					.map((r) -> r.figures().revenueAtRisk().getOrDefault(currency, BigDecimal.ZERO))
					.max(BigDecimal::compareTo)
					.orElse(BigDecimal.ZERO);
				panel(g, runs, "Revenue at risk, " + currency, x, y, w, panelHeight, ORANGE, niceCeiling(max),
						(r) -> r.figures().revenueAtRisk().getOrDefault(currency, BigDecimal.ZERO),
						(v) -> Amounts.format(v, currency));
			}
		}
		finally {
			g.dispose();
		}
		return image;
	}

	private void panel(Graphics2D g, List<RunRecord> runs, String title, int x0, int y0, int width, int height,
			Color color, BigDecimal max, Function<RunRecord, BigDecimal> value, Function<BigDecimal, String> label) {
		int left = x0 + 150;
		int right = x0 + width - 40;
		int top = y0 + 60;
		int bottom = y0 + height - 70;
		g.setFont(this.font.deriveFont(Font.BOLD, 30f));
		g.setColor(NAVY);
		g.drawString(title, x0 + 20, y0 + 38);
		g.setFont(this.font.deriveFont(22f));
		double top100 = (max.signum() > 0) ? max.doubleValue() : 1;
		for (int step = 0; step <= 4; step++) {
			int y = bottom - (bottom - top) * step / 4;
			g.setColor(GRID);
			g.setStroke(new BasicStroke(2f));
			g.drawLine(left, y, right, y);
			g.setColor(INK);
			String tick = tick(top100 * step / 4);
			g.drawString(tick, left - 12 - g.getFontMetrics().stringWidth(tick), y + 8);
		}
		int n = runs.size();
		Path2D line = new Path2D.Double();
		List<int[]> points = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			RunRecord run = runs.get(i);
			int x = (n == 1) ? (left + right) / 2 : left + 90 + (right - left - 180) * i / (n - 1);
			g.setColor(INK);
			String runLabel = "#" + run.runId() + " " + run.finished().format(DAY);
			g.drawString(runLabel, x - g.getFontMetrics().stringWidth(runLabel) / 2, bottom + 34);
			BigDecimal v = value.apply(run);
			if (v == null) {
				continue;
			}
			int y = bottom - (int) Math.round((bottom - top) * Math.min(1.0, v.doubleValue() / top100));
			if (points.isEmpty()) {
				line.moveTo(x, y);
			}
			else {
				line.lineTo(x, y);
			}
			points.add(new int[] { x, y });
			String text = label.apply(v);
			g.drawString(text, x - g.getFontMetrics().stringWidth(text) / 2, y - 16);
		}
		g.setColor(color);
		g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g.draw(line);
		for (int[] p : points) {
			g.fillOval(p[0] - 9, p[1] - 9, 18, 18);
		}
	}

	private static String tick(double value) {
		if (value >= 1_000_000) {
			return trim(value / 1_000_000) + "M";
		}
		return (value >= 1_000) ? trim(value / 1_000) + "k" : trim(value);
	}

	private static String trim(double value) {
		return BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

	/** 1, 2 or 5 times a power of ten, at least {@code max}: round axis ends. */
	static BigDecimal niceCeiling(BigDecimal max) {
		if (max.signum() <= 0) {
			return BigDecimal.ONE;
		}
		BigDecimal power = BigDecimal.ONE.movePointRight(max.precision() - max.scale() - 1);
		for (int factor : new int[] { 1, 2, 5, 10 }) {
			BigDecimal candidate = power.multiply(BigDecimal.valueOf(factor));
			if (candidate.compareTo(max) >= 0) {
				return candidate;
			}
		}
		return power.multiply(BigDecimal.TEN);
	}

	private static Font dejaVuSans() {
		// The font of the PDF (jasperreports-fonts), so the chart needs no font of the operating system.
		try (InputStream in = TrendChart.class.getClassLoader()
			.getResourceAsStream("net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf")) {
			if (in == null) {
				return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
			}
			return Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (IOException | FontFormatException ex) {
			return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
		}
	}

}
