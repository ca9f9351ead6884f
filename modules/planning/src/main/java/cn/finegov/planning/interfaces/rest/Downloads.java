package cn.finegov.planning.interfaces.rest;

import cn.finegov.planning.application.publication.GeneratedFile;
import jakarta.ws.rs.core.Response;

/** Generated files as attachment answers. */
public final class Downloads {

  private Downloads() {}

  public static Response of(GeneratedFile file) {
    return Response.ok(file.content(), file.contentType())
        .header("Content-Disposition", "attachment; filename=\"" + file.name() + "\"")
        .build();
  }
}
