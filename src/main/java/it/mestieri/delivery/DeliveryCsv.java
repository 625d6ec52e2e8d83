package it.mestieri.delivery;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import it.mestieri.centre.CentreDirectory;
import it.mestieri.delivery.DeliveryReport.Line;

/**
 * The reports as CSV (RFC 4180: commas, quotes doubled, CRLF; dot as the decimal separator so
 * that any spreadsheet or script reads the numbers), with a header in the reader's language.
 */
@Component
class DeliveryCsv {

	private final MessageSource messages;
	private final CentreDirectory centre;

	DeliveryCsv(MessageSource messages, CentreDirectory centre) {
		this.messages = messages;
		this.centre = centre;
	}

	String write(List<DeliveryReport> reports, Locale locale) {
		StringBuilder csv = new StringBuilder();
		row(csv, List.of(text("delivery.csv.partner", locale), text("delivery.csv.from", locale),
				text("delivery.csv.to", locale), text("delivery.csv.kind", locale), text("delivery.csv.area", locale),
				text("delivery.csv.unit", locale), text("delivery.csv.agreements", locale),
				text("delivery.csv.committed", locale), text("delivery.csv.dueByNow", locale),
				text("delivery.csv.scheduled", locale), text("delivery.csv.delivered", locale),
				text("delivery.csv.percent", locale), text("delivery.csv.status", locale)));
		for (DeliveryReport report : reports) {
			for (Line line : report.lines()) {
				row(csv, List.of(report.partnerName(), report.from().toString(), report.to().toString(),
						text("delivery.kind." + line.kind(), locale),
						line.area() == null ? "" : centre.area(line.area()).name(locale),
						line.unit() == null ? "" : line.unit(),
						String.join(" | ", line.commitments().stream().map(DeliveryReport.Commitment::agreementTitle)
							.distinct().toList()),
						number(line.committed()), number(line.expectedToDate()), number(line.scheduled()),
						number(line.delivered()), line.percent() == null ? "" : line.percent().toString(),
						text("delivery.status." + line.status(), locale)));
			}
		}
		return csv.toString();
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private static String number(BigDecimal value) {
		return value == null ? "" : value.toPlainString();
	}

	private static void row(StringBuilder csv, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(cell(cells.get(i)));
		}
		csv.append("\r\n");
	}

	/** Quoted when needed; a leading = + - @ is defused so that a spreadsheet does not run it as a formula. */
	static String cell(String value) {
		String text = value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+(\\.\\d+)?")) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}
}
