package cn.finegov.grid.domain.model.open311;

import cn.finegov.grid.domain.model.category.CategoryCode;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Which cases {@code GET requests} lists.
 *
 * @param numbers these case numbers only (empty: any)
 * @param categories cases of these categories only; the public categories, or a subset of them
 *     (never empty)
 * @param from reported at or after, or {@code null}
 * @param to reported at or before, or {@code null}
 * @param open {@code true}: open cases only, {@code false}: closed only, {@code null}: both
 */
public record PublicCaseFilter(
    Set<String> numbers, List<CategoryCode> categories, Instant from, Instant to, Boolean open) {

  public PublicCaseFilter {
    numbers = numbers == null ? Set.of() : Set.copyOf(numbers);
    categories = List.copyOf(categories);
  }
}
