package cn.finegov.grid.application.component;

import java.io.Serializable;
import java.time.Instant;

/** A component as readers see it. */
public record ComponentView(
    long id,
    long version,
    String componentId,
    String category,
    String categoryName,
    String name,
    String competentUnit,
    String competentUnitName,
    String ownerName,
    String maintainerName,
    String gridCode,
    double latitude,
    double longitude,
    String state,
    String note,
    boolean active,
    Instant changedAt)
    implements Serializable {}
