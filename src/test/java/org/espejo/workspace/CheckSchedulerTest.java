package org.espejo.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** When the checks run after a change: inline for short comparisons, folded in the background for long ones. */
class CheckSchedulerTest {

    private final CheckRunner runner = mock(CheckRunner.class);
    private final AlignedRowRepository rows = mock(AlignedRowRepository.class);
    private final List<Runnable> queued = new ArrayList<>();
    private final CheckScheduler scheduler = new CheckScheduler(runner, rows, queued::add);

    @Test
    void a_short_comparison_is_checked_before_the_change_returns() {
        when(rows.countOf(1L)).thenReturn(40);

        scheduler.changed(1L);

        verify(runner).runQuietly(1L);
        assertThat(queued).isEmpty();
        assertThat(scheduler.isChecking(1L)).isFalse();
    }

    @Test
    void changes_to_a_long_comparison_during_a_background_run_fold_into_one_more_run() {
        when(rows.countOf(2L)).thenReturn(CheckScheduler.INLINE_ROWS + 1);
        AtomicInteger told = new AtomicInteger();
        scheduler.listen(2L, told::incrementAndGet);

        scheduler.changed(2L);
        scheduler.changed(2L);
        scheduler.changed(2L);

        assertThat(queued).hasSize(1);
        assertThat(scheduler.isChecking(2L)).isTrue();
        verify(runner, times(0)).runQuietly(2L);

        queued.get(0).run();

        verify(runner, times(2)).runQuietly(2L);
        assertThat(told).hasValue(1);
        assertThat(scheduler.isChecking(2L)).isFalse();
    }

    @Test
    void a_cancelled_listener_is_not_told_any_more() {
        when(rows.countOf(3L)).thenReturn(CheckScheduler.INLINE_ROWS + 1);
        AtomicInteger told = new AtomicInteger();
        Subscription subscription = scheduler.listen(3L, told::incrementAndGet);
        subscription.cancel();

        scheduler.changed(3L);
        queued.get(0).run();

        assertThat(told).hasValue(0);
    }
}
