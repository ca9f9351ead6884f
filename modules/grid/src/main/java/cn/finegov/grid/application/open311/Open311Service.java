package cn.finegov.grid.application.open311;

import cn.finegov.grid.application.gridcase.CaseService;
import cn.finegov.grid.application.gridcase.NewCase;
import cn.finegov.grid.domain.model.category.CaseStage;
import cn.finegov.grid.domain.model.category.Category;
import cn.finegov.grid.domain.model.category.CategoryCatalogue;
import cn.finegov.grid.domain.model.category.CategoryCode;
import cn.finegov.grid.domain.model.category.LimitText;
import cn.finegov.grid.domain.model.gridcase.CaseDuty;
import cn.finegov.grid.domain.model.gridcase.CaseSource;
import cn.finegov.grid.domain.model.gridcase.GridCase;
import cn.finegov.grid.domain.model.open311.Open311Repository;
import cn.finegov.grid.domain.model.open311.Open311Request;
import cn.finegov.grid.domain.model.open311.PublicCase;
import cn.finegov.grid.domain.model.open311.PublicCaseFilter;
import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.ActorContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Open311 GeoReport v2 server. Reading is public and shows no personal data; taking a request
 * in needs an API key holding {@code grid.case.report} and goes through {@link CaseService} (source
 * PUBLIC), in one transaction with the token record, so that a refused request stores nothing.
 */
@ApplicationScoped
@Transactional
public class Open311Service {

  /** Most requests one {@code GET requests} answers. */
  public static final int MAX_REQUESTS = 1000;

  /** Most ids or codes in one filter. */
  public static final int MAX_LIST = 100;

  /** Without ids or dates, {@code GET requests} covers this many days back. */
  public static final int DEFAULT_DAYS = 90;

  static final String AUDIT_TYPE = "Open311Request";

  @Inject private CategoryCatalogue catalogue;
  @Inject private CaseService cases;
  @Inject private Open311Repository requests;
  @Inject private ActorContext actors;
  @Inject private AuditLog audit;

  /** The services: the active categories offered to the public, in code order. */
  @Transactional(TxType.SUPPORTS)
  public List<Category> services() {
    return catalogue.publicServices();
  }

  /**
   * A public service.
   *
   * @throws DomainException {@code NOT_FOUND} {@code grid.open311.service-unknown}
   */
  @Transactional(TxType.SUPPORTS)
  public Category service(String code) {
    CategoryCode parsed;
    try {
      parsed = CategoryCode.parse(code);
    } catch (DomainException e) {
      throw DomainException.notFound("grid.open311.service-unknown", String.valueOf(code));
    }
    return catalogue
        .find(parsed)
        .filter(Category::publicService)
        .orElseThrow(
            () -> DomainException.notFound("grid.open311.service-unknown", parsed.qualified()));
  }

  /**
   * Takes a service request in as a case of source PUBLIC.
   *
   * @throws DomainException {@code FORBIDDEN} {@code grid.open311.api-key} without a key allowed to
   *     report; {@code NOT_FOUND} for an unknown service; {@link ValidationException} for every
   *     invalid field
   */
  public Submitted submit(Submission submission) {
    Actor actor = actors.current();
    if (!actor.isAuthenticated() || !actor.hasPermission(CaseDuty.REPORT.permission())) {
      throw DomainException.forbidden("grid.open311.api-key");
    }
    if (blank(submission.serviceCode())) {
      throw ValidationException.of("service_code", "grid.open311.service-required");
    }
    Category category = service(submission.serviceCode().strip());
    ValidationException.Collector errors = new ValidationException.Collector();
    Double latitude = coordinate(submission.latitude(), "lat", 90, errors);
    Double longitude = coordinate(submission.longitude(), "long", 180, errors);
    boolean unreadable =
        (!blank(submission.latitude()) && latitude == null)
            || (!blank(submission.longitude()) && longitude == null);
    if (latitude == null && longitude == null && !unreadable) {
      if (blank(submission.addressString()) && blank(submission.addressId())) {
        errors.add("lat", "grid.open311.location-required");
      } else {
        errors.add("lat", "grid.open311.coordinates-required");
      }
    } else if ((latitude == null) != (longitude == null) && !unreadable) {
      errors.add(latitude == null ? "lat" : "long", "grid.open311.coordinates-pair");
    }
    if (blank(submission.description())) {
      errors.add("description", "grid.open311.description-required");
    } else if (submission.description().strip().length() > GridCase.MAX_TEXT) {
      errors.add("description", "grid.open311.too-long", GridCase.MAX_TEXT);
    }
    if (!blank(submission.addressString()) && submission.addressString().strip().length() > 400) {
      errors.add("address_string", "grid.open311.too-long", 400);
    }
    String mediaUrl = blank(submission.mediaUrl()) ? null : submission.mediaUrl().strip();
    if (mediaUrl != null && !isWebAddress(mediaUrl)) {
      errors.add("media_url", "grid.open311.media-url");
    }
    errors.throwIfAny();

    String name = personName(submission.lastName(), submission.firstName());
    CaseService.Reported reported =
        cases.report(
            new NewCase(
                CaseSource.PUBLIC,
                category.code().qualified(),
                latitude,
                longitude,
                null,
                blank(submission.addressString()) ? null : submission.addressString().strip(),
                submission.description().strip(),
                false,
                null,
                name,
                submission.phone(),
                submission.email()));
    String number = reported.detail().summary().number();
    Open311Request request =
        requests.store(
            new Open311Request(
                number, category.code().qualified(), mediaUrl, actor.name(), Instant.now()));
    audit.record(
        AUDIT_TYPE,
        request.token(),
        "CREATE",
        Map.of(),
        Map.of(
            "case",
            number,
            "service",
            category.code().qualified(),
            "mediaUrl",
            mediaUrl == null ? "" : mediaUrl));
    return new Submitted(
        number, request.token(), LimitText.format(category.limits().of(CaseStage.HANDLE)));
  }

  /**
   * The public view of requests.
   *
   * @throws ValidationException for an unreadable filter
   */
  @Transactional(TxType.SUPPORTS)
  public List<PublicCase> requests(RequestQuery query) {
    ValidationException.Collector errors = new ValidationException.Collector();
    Set<String> ids = list(query.serviceRequestIds(), "service_request_id", errors);
    List<Category> services = services();
    List<CategoryCode> categories = new ArrayList<>();
    Set<String> codes = list(query.serviceCodes(), "service_code", errors);
    if (codes.isEmpty()) {
      services.forEach(s -> categories.add(s.code()));
    } else {
      for (String code : codes) {
        services.stream()
            .filter(s -> s.code().qualified().equals(code))
            .findFirst()
            .ifPresentOrElse(
                s -> categories.add(s.code()),
                () -> errors.add("service_code", "grid.open311.service-unknown", code));
      }
    }
    Instant from = date(query.startDate(), "start_date", errors);
    Instant to = date(query.endDate(), "end_date", errors);
    if (from != null && to != null && from.isAfter(to)) {
      errors.add("end_date", "grid.open311.date-order");
    }
    Boolean open = null;
    Set<String> statuses = list(query.status(), "status", errors);
    for (String status : statuses) {
      if (!status.equals("open") && !status.equals("closed")) {
        errors.add("status", "grid.open311.status", status);
      }
    }
    if (statuses.size() == 1) {
      open = statuses.contains("open");
    }
    errors.throwIfAny();
    if (ids.isEmpty() && from == null && to == null) {
      from = Instant.now().minus(Duration.ofDays(DEFAULT_DAYS));
    }
    return requests.publicCases(
        new PublicCaseFilter(ids, categories, from, to, open), MAX_REQUESTS);
  }

  /**
   * One request.
   *
   * @throws DomainException {@code NOT_FOUND} {@code grid.open311.request-unknown}
   */
  @Transactional(TxType.SUPPORTS)
  public PublicCase request(String id) {
    String number = id == null ? "" : id.strip();
    List<CategoryCode> categories = services().stream().map(Category::code).toList();
    return requests
        .publicCases(new PublicCaseFilter(Set.of(number), categories, null, null, null), 1)
        .stream()
        .findFirst()
        .orElseThrow(() -> DomainException.notFound("grid.open311.request-unknown", number));
  }

  /**
   * The request a token stands for.
   *
   * @throws DomainException {@code NOT_FOUND} {@code grid.open311.token-unknown}
   */
  @Transactional(TxType.SUPPORTS)
  public Open311Request token(String token) {
    String value = token == null ? "" : token.strip();
    return requests
        .findByToken(value)
        .orElseThrow(() -> DomainException.notFound("grid.open311.token-unknown", value));
  }

  private static Double coordinate(
      String text, String field, double limit, ValidationException.Collector errors) {
    if (blank(text)) {
      return null;
    }
    try {
      double value = Double.parseDouble(text.strip());
      if (Double.isNaN(value) || Math.abs(value) > limit) {
        errors.add(field, "grid.open311.coordinate", text.strip(), limit);
        return null;
      }
      return value;
    } catch (NumberFormatException e) {
      errors.add(field, "grid.open311.coordinate", text.strip(), limit);
      return null;
    }
  }

  private static Instant date(String text, String field, ValidationException.Collector errors) {
    if (blank(text)) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text.strip()).toInstant();
    } catch (DateTimeParseException e) {
      errors.add(field, "grid.open311.date", text.strip());
      return null;
    }
  }

  private static Set<String> list(String text, String field, ValidationException.Collector errors) {
    Set<String> values = new LinkedHashSet<>();
    if (blank(text)) {
      return values;
    }
    for (String part : text.split(",")) {
      if (!part.isBlank()) {
        values.add(part.strip());
      }
    }
    if (values.size() > MAX_LIST) {
      errors.add(field, "grid.open311.list-long", MAX_LIST);
    }
    return values;
  }

  private static boolean isWebAddress(String text) {
    if (text.length() > Open311Request.MAX_URL) {
      return false;
    }
    try {
      URI uri = new URI(text);
      return uri.isAbsolute()
          && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** Family name first, as names are written in Chinese; {@code null} when neither is given. */
  private static String personName(String last, String first) {
    String l = blank(last) ? "" : last.strip();
    String f = blank(first) ? "" : first.strip();
    String joined = (l + (l.isEmpty() || f.isEmpty() || isCjk(l) ? "" : " ") + f).strip();
    return joined.isEmpty() ? null : joined;
  }

  private static boolean isCjk(String text) {
    return text.codePoints()
        .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
