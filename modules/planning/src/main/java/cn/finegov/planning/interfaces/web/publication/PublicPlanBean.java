package cn.finegov.planning.interfaces.web.publication;

import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.planning.application.publication.PublicationService;
import cn.finegov.planning.application.publication.PublishedPlan;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;

/**
 * The public pages of published plans (no sign-in): the list and one plan with its task list and
 * downloads. A plan that is not published answers 404.
 */
@Named("publicPlan")
@RequestScoped
public class PublicPlanBean {

  @Inject PublicationService publication;

  private Long id;
  private Integer year;
  private PublishedPlan plan;
  private List<PublishedPlan> plans;

  /** Loads the plan named by {@code id}; 404 when missing or not published. */
  public void load() throws IOException {
    if (id == null) {
      notFound();
      return;
    }
    try {
      plan = publication.plan(id);
    } catch (DomainException missing) {
      notFound();
    }
  }

  private static void notFound() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    external.responseSendError(404, "not found");
    faces.responseComplete();
  }

  public List<PublishedPlan> getPlans() {
    if (plans == null) {
      plans = publication.published(year);
    }
    return plans;
  }

  public PublishedPlan getPlan() {
    return plan;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }
}
