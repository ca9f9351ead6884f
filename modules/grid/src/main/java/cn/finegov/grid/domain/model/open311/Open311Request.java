package cn.finegov.grid.domain.model.open311;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A service request taken in through Open311 (table {@code grd_open311_request}): the token handed
 * to the client, the case it became, and the public parts the case does not keep (the photo's URL).
 * The reporter's contact is the case's, never here.
 */
@Entity
@Table(name = "grd_open311_request")
public class Open311Request implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Longest media URL kept. */
  public static final int MAX_URL = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grd_open311_request_seq")
  @SequenceGenerator(
      name = "grd_open311_request_seq",
      sequenceName = "grd_open311_request_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "token", length = 36, nullable = false, updatable = false)
  private String token;

  @Column(name = "case_number", length = 24, nullable = false, updatable = false)
  private String caseNumber;

  @Column(name = "service_code", length = 5, nullable = false, updatable = false)
  private String serviceCode;

  @Column(name = "media_url", length = MAX_URL, updatable = false)
  private String mediaUrl;

  @Column(name = "client", length = 80, nullable = false, updatable = false)
  private String client;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private Instant requestedAt;

  protected Open311Request() {}

  /** A request that became case {@code caseNumber}, with a new random token. */
  public Open311Request(
      String caseNumber, String serviceCode, String mediaUrl, String client, Instant requestedAt) {
    this.token = UUID.randomUUID().toString();
    this.caseNumber = Objects.requireNonNull(caseNumber, "caseNumber");
    this.serviceCode = Objects.requireNonNull(serviceCode, "serviceCode");
    this.mediaUrl = mediaUrl;
    this.client = Objects.requireNonNull(client, "client");
    this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
  }

  public Long id() {
    return id;
  }

  public String token() {
    return token;
  }

  public String caseNumber() {
    return caseNumber;
  }

  public String serviceCode() {
    return serviceCode;
  }

  public String mediaUrl() {
    return mediaUrl;
  }

  public String client() {
    return client;
  }

  public Instant requestedAt() {
    return requestedAt;
  }
}
