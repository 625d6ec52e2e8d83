package it.mestieri.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/**
 * The cells of the delivery CSV, without the application: formulas defused, separators
 * and quotes kept whole, numbers in the reader's layout. {@link DeliveryPagesTest}
 * downloads the file.
 */
class DeliveryCsvTest {

	@Test
	void textCellsThatASpreadsheetWouldRunAsFormulasAreDefusedAndNumbersAreNot() {
		assertThat(DeliveryCsv.text("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
		assertThat(DeliveryCsv.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(DeliveryCsv.text("-2+3")).isEqualTo("'-2+3");
		assertThat(DeliveryCsv.text("Solco Roma")).isEqualTo("Solco Roma");
		assertThat(DeliveryCsv.Layout.ITALIAN.number(new BigDecimal("-12.50"))).isEqualTo("-12,50");
		assertThat(DeliveryCsv.Layout.ENGLISH.number(new BigDecimal("-12.50"))).isEqualTo("-12.50");
	}

	@Test
	void aCellHoldingTheSeparatorOrQuotesReadsBackWhole() throws Exception {
		String name = "Coop \"Il Ponte\"; Roma, Lazio\nsede 2";
		for (DeliveryCsv.Layout layout : List.of(DeliveryCsv.Layout.ITALIAN, DeliveryCsv.Layout.ENGLISH)) {
			StringBuilder out = new StringBuilder();
			try (CSVPrinter printer = new CSVPrinter(out, layout.format())) {
				printer.printRecord(DeliveryCsv.text(name), layout.number(new BigDecimal("1.5")));
			}
			try (CSVParser parser = CSVParser.parse(out.toString(), layout.format())) {
				assertThat(parser.getRecords().get(0).values()).containsExactly(name,
						layout == DeliveryCsv.Layout.ITALIAN ? "1,5" : "1.5");
			}
		}
	}

}
