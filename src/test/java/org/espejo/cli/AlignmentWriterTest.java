package org.espejo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AlignmentWriterTest {

    @Test
    void three_decimals_are_written_as_the_formatter_writes_them() {
        double[] values = {0.0, 1.0, 0.0005, 0.0015, 0.9995, 0.1235, 0.12345, 1e-7, 0.5, 0.999_999_9, 2.675, 12.3456,
            Double.MIN_VALUE, -0.0, -0.0005, Double.NaN};
        for (double value : values) {
            assertThat(AlignmentWriter.threeDecimals(value)).as("%s", value)
                    .isEqualTo(String.format(Locale.ROOT, "%.3f", value));
        }
        SplittableRandom random = new SplittableRandom(7);
        for (int k = 0; k < 200_000; k++) {
            double value = k % 2 == 0 ? random.nextDouble() : Math.round(random.nextDouble() * 20_000) / 20_000.0;
            assertThat(AlignmentWriter.threeDecimals(value)).as("%s", value)
                    .isEqualTo(String.format(Locale.ROOT, "%.3f", value));
        }
    }
}
