package org.espejo.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

/** A new user's first look: the library, "Try an example", the Quijote side by side. */
class ExampleIT extends BrowserTest {

    @Test
    void trying_the_example_shows_don_quijote_side_by_side_and_it_reopens_from_the_library() {
        page.navigate(url(""));
        settle();
        assertThat(page.locator("#library-empty")).isVisible();
        screenshot("library-empty");

        page.locator("#library-example").click();
        page.waitForURL("**/compare/**");
        assertThat(page.locator("#compare-grid .espejo-left").first()).containsText("Capítulo primero");
        assertThat(page.locator("#compare-grid .espejo-right").first()).containsText("CHAPTER I");
        settle();
        screenshot("quijote-compare");

        page.locator("#nav-library").click();
        assertThat(page.locator("#library-grid")).containsText("Don Quijote");
        page.reload();
        settle();
        assertThat(page.locator("#library-grid")).containsText("Don Quijote");
        screenshot("library");
    }

    @Test
    void the_interface_switches_to_spanish() {
        page.navigate(url(""));
        settle();
        page.locator("#ui-language").click();
        page.waitForLoadState();
        settle();
        assertThat(page.locator("#library-example")).containsText("Probar un ejemplo");
        assertThat(page.locator("#nav-new")).containsText("Nueva comparación");
    }
}
