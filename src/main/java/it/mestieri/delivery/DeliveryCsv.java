package it.mestieri.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import it.mestieri.centre.CentreDirectory;
import it.mestieri.delivery.DeliveryReport.Line;

/**
 * The reports as CSV in UTF-8 with a byte order mark, laid out the way a spreadsheet in
 * the reader's language opens it with a double click: in Italian, semicolons between
 * cells and a decimal comma (what Excel and LibreOffice set to Italian expect); in
 * English, RFC 4180 commas and a decimal dot. The header is in the reader's language too.
 */
@Component
class DeliveryCsv {

	static final char BYTE_ORDER_MARK = '\uFEFF';

	private final MessageSource messages;

	private final CentreDirectory centre;

	DeliveryCsv(MessageSource messages, CentreDirectory centre) {
		this.messages = messages;
		this.centre = centre;
	}

	byte[] write(List<DeliveryReport> reports, Locale locale) {
		Layout layout = Layout.of(locale);
		StringBuilder out = new StringBuilder().append(BYTE_ORDER_MARK);
		try (CSVPrinter printer = new CSVPrinter(out, layout.format())) {
			printer.printRecord(List
				.of("partner", "from", "to", "kind", "area", "unit", "agreements", "committed", "dueByNow", "scheduled",
						"delivered", "percent", "status")
				.stream()
				.map(column -> text(message("delivery.csv." + column, locale)))
				.toList());
			for (DeliveryReport report : reports) {
				for (Line line : report.lines()) {
					printer.printRecord(row(report, line, layout, locale));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private List<String> row(DeliveryReport report, Line line, Layout layout, Locale locale) {
		List<String> cells = new ArrayList<>();
		cells.add(text(report.partnerName()));
		cells.add(report.from().toString());
		cells.add(report.to().toString());
		cells.add(text(message("delivery.kind." + line.kind(), locale)));
		cells.add(line.area() == null ? "" : text(centre.area(line.area()).name(locale)));
		cells.add(line.unit() == null ? "" : text(line.unit()));
		cells.add(text(String.join(" | ",
				line.commitments().stream().map(DeliveryReport.Commitment::agreementTitle).distinct().toList())));
		cells.add(layout.number(line.committed()));
		cells.add(layout.number(line.expectedToDate()));
		cells.add(layout.number(line.scheduled()));
		cells.add(layout.number(line.delivered()));
		cells.add(line.percent() == null ? "" : line.percent().toString());
		cells.add(text(message("delivery.status." + line.status(), locale)));
		return cells;
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	/**
	 * A text cell: one starting with = + - @ or a tab or carriage return is defused with
	 * a leading apostrophe, so that a spreadsheet shows it instead of running it as a
	 * formula. Numbers are never text cells, so a negative amount stays a number.
	 */
	static String text(String value) {
		if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
			return "'" + value;
		}
		return value;
	}

	record Layout(char delimiter, char decimalSeparator) {

		static final Layout ITALIAN = new Layout(';', ',');
		static final Layout ENGLISH = new Layout(',', '.');

		static Layout of(Locale locale) {
			return Locale.ITALIAN.getLanguage().equals(locale.getLanguage()) ? ITALIAN : ENGLISH;
		}

		CSVFormat format() {
			return CSVFormat.Builder.create(CSVFormat.RFC4180).setDelimiter(delimiter).get();
		}

		String number(BigDecimal value) {
			return value == null ? "" : value.toPlainString().replace('.', decimalSeparator);
		}
	}

}
