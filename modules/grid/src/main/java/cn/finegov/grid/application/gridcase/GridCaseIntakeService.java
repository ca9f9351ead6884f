package cn.finegov.grid.application.gridcase;

import cn.finegov.grid.api.CaseRef;
import cn.finegov.grid.api.ExternalReport;
import cn.finegov.grid.api.GridCaseIntake;
import cn.finegov.grid.domain.model.category.Category;
import cn.finegov.grid.domain.model.category.CategoryCatalogue;
import cn.finegov.grid.domain.model.category.CategoryCode;
import cn.finegov.grid.domain.model.gridcase.CaseAction;
import cn.finegov.grid.domain.model.gridcase.CaseNumber;
import cn.finegov.grid.domain.model.gridcase.CaseSource;
import cn.finegov.grid.domain.model.gridcase.GridCase;
import cn.finegov.grid.domain.model.gridcase.GridCaseRepository;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** The grid's published intake, for integration flows: a thin adapter over {@link CaseService}. */
@ApplicationScoped
@Transactional
public class GridCaseIntakeService implements GridCaseIntake {

  @Inject CaseService service;
  @Inject GridCaseRepository cases;
  @Inject CategoryCatalogue categories;

  @Override
  public CaseRef report(ExternalReport report) {
    CaseSource source;
    try {
      source = CaseSource.valueOf(report.system());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw ValidationException.of("system", "grid.case.source-unknown", report.system());
    }
    CaseService.Made made =
        service.reportFromSystem(
            new NewCase(
                source,
                report.category(),
                report.latitude(),
                report.longitude(),
                report.gridCode(),
                report.address(),
                report.description(),
                false,
                report.externalId(),
                null,
                null,
                null));
    return refOf(made.gridCase(), made.created());
  }

  @Override
  public CaseRef reopen(String caseNumber, String reason) {
    return refOf(
        service.act(caseNumber, CaseCommand.withReason(CaseAction.REOPEN, reason)).summary(),
        false);
  }

  @Override
  public Optional<String> categoryName(String qualifiedCode) {
    try {
      return categories
          .find(CategoryCode.parse(qualifiedCode == null ? "" : qualifiedCode.strip()))
          .filter(Category::active)
          .map(Category::name);
    } catch (DomainException e) {
      return Optional.empty();
    }
  }

  @Override
  public Optional<CaseRef> find(String caseNumber) {
    CaseNumber number;
    try {
      number = CaseNumber.parse(caseNumber == null ? "" : caseNumber.strip());
    } catch (DomainException e) {
      return Optional.empty();
    }
    return cases.find(number).map(found -> refOf(found, false));
  }

  private static CaseRef refOf(CaseSummary summary, boolean created) {
    return new CaseRef(
        summary.number(), summary.state().name(), summary.responsibleUnit(), created);
  }

  private static CaseRef refOf(GridCase gridCase, boolean created) {
    return new CaseRef(
        gridCase.number().value(),
        gridCase.state().name(),
        gridCase.responsibleUnit().orElse(null),
        created);
  }
}
