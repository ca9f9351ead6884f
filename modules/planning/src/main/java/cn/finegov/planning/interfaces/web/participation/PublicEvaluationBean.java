package cn.finegov.planning.interfaces.web.participation;

import cn.finegov.planning.application.participation.EvaluationService;
import cn.finegov.planning.application.participation.EvaluationView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The public page of published satisfaction evaluation results (no sign-in). */
@Named("publicEvaluation")
@RequestScoped
public class PublicEvaluationBean {

  @Inject EvaluationService evaluations;

  private Integer year;
  private List<EvaluationView> rounds;

  public List<EvaluationView> getRounds() {
    if (rounds == null) {
      rounds = evaluations.published(year);
    }
    return rounds;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }
}
