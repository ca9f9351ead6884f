package cn.finegov.kernel.interfaces.rest;

import cn.finegov.kernel.api.attachment.AttachmentContent;
import cn.finegov.kernel.api.attachment.AttachmentInfo;
import cn.finegov.kernel.api.attachment.AttachmentOwner;
import cn.finegov.kernel.api.attachment.AttachmentRejectedException;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.text.Texts;
import cn.finegov.kernel.application.attachment.AttachmentService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Attachments of any module's records. Upload as {@code multipart/form-data} (fields {@code
 * ownerModule}, {@code ownerType}, {@code ownerId} and the file part {@code file}), or as a raw
 * body with the owner in query parameters and the file name in the header {@code X-File-Name}
 * (percent-encoded UTF-8) or the query parameter {@code fileName}. The type is detected from the
 * bytes. Downloads stream the stored file. Who may do what is the owning module's policy.
 */
@Path("/attachments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Attachments",
    description = "Photos and documents of records, stored outside the database")
public class AttachmentResource {

  /**
   * An attachment.
   *
   * @param id identifier
   * @param ownerModule module of the record it belongs to
   * @param ownerType kind of record
   * @param ownerId the record's identifier
   * @param fileName name as uploaded
   * @param contentType type detected from the bytes
   * @param size bytes
   * @param sha256 SHA-256 of the content (hex)
   * @param thumbnail whether {@code thumbnailUrl} has a thumbnail
   * @param uploadedBy login name of the uploader
   * @param uploadedAt when
   * @param contentUrl where to download it
   * @param thumbnailUrl where its thumbnail is, or {@code null}
   */
  public record AttachmentJson(
      long id,
      String ownerModule,
      String ownerType,
      String ownerId,
      String fileName,
      String contentType,
      long size,
      String sha256,
      boolean thumbnail,
      String uploadedBy,
      Instant uploadedAt,
      String contentUrl,
      String thumbnailUrl) {

    static AttachmentJson of(AttachmentInfo info, UriInfo uri) {
      String base =
          uri.getBaseUriBuilder()
              .path("attachments")
              .path(String.valueOf(info.id()))
              .build()
              .getPath();
      return new AttachmentJson(
          info.id(),
          info.owner().module(),
          info.owner().type(),
          info.owner().id(),
          info.fileName(),
          info.contentType(),
          info.size(),
          info.sha256(),
          info.thumbnail(),
          info.uploadedBy(),
          info.uploadedAt(),
          base + "/content",
          info.thumbnail() ? base + "/thumbnail" : null);
    }
  }

  @Inject private AttachmentService attachments;
  @Context private UriInfo uri;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @AttachmentUploadLimit
  @Operation(
      summary =
          "Upload a file as multipart/form-data: fields ownerModule, ownerType, ownerId, and the"
              + " file part 'file'")
  public Response uploadForm(List<EntityPart> parts) {
    String module = null;
    String type = null;
    String ownerId = null;
    EntityPart file = null;
    try {
      for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
        switch (part.getName()) {
          case "ownerModule" -> module = part.getContent(String.class);
          case "ownerType" -> type = part.getContent(String.class);
          case "ownerId" -> ownerId = part.getContent(String.class);
          case "file" -> file = part;
          default -> {
            // Other fields are ignored.
          }
        }
      }
      if (file == null) {
        throw ValidationException.of("file", "validation.required");
      }
      AttachmentOwner owner =
          new AttachmentOwner(Texts.strip(module), Texts.strip(type), Texts.strip(ownerId));
      try (InputStream content = file.getContent()) {
        String name = file.getFileName().map(AttachmentResource::utf8HeaderText).orElse("file");
        return created(attachments.store(owner, name, content));
      }
    } catch (IOException e) {
      throw new DomainException(DomainException.Kind.INVALID, "attachment.upload-interrupted");
    }
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  @AttachmentUploadLimit
  @Operation(
      summary =
          "Upload a file as the raw request body; owner in query parameters, file name in"
              + " X-File-Name (percent-encoded UTF-8) or the query parameter fileName")
  public Response uploadRaw(
      InputStream body,
      @QueryParam("ownerModule") String module,
      @QueryParam("ownerType") String type,
      @QueryParam("ownerId") String ownerId,
      @QueryParam("fileName") String fileName,
      @HeaderParam("X-File-Name") String fileNameHeader) {
    AttachmentOwner owner =
        new AttachmentOwner(Texts.strip(module), Texts.strip(type), Texts.strip(ownerId));
    String name =
        fileNameHeader != null && !fileNameHeader.isBlank()
            ? URLDecoder.decode(fileNameHeader, StandardCharsets.UTF_8)
            : fileName;
    if (body == null) {
      throw new AttachmentRejectedException(
          AttachmentRejectedException.Reason.EMPTY, "attachment.empty");
    }
    return created(attachments.store(owner, name, body));
  }

  private Response created(AttachmentInfo info) {
    return Response.created(
            uri.getBaseUriBuilder().path("attachments").path(String.valueOf(info.id())).build())
        .entity(AttachmentJson.of(info, uri))
        .build();
  }

  @GET
  @Operation(summary = "The attachments of a record, oldest first")
  public List<AttachmentJson> list(
      @QueryParam("ownerModule") String module,
      @QueryParam("ownerType") String type,
      @QueryParam("ownerId") String ownerId) {
    AttachmentOwner owner =
        new AttachmentOwner(Texts.strip(module), Texts.strip(type), Texts.strip(ownerId));
    return attachments.list(owner).stream().map(info -> AttachmentJson.of(info, uri)).toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One attachment's description")
  public AttachmentJson get(@PathParam("id") long id) {
    return attachments
        .find(id)
        .map(info -> AttachmentJson.of(info, uri))
        .orElseThrow(() -> DomainException.notFound("attachment.not-found", String.valueOf(id)));
  }

  @GET
  @Path("{id}/content")
  @Produces(MediaType.WILDCARD)
  @Operation(
      summary =
          "The file, streamed; ETag and Repr-Digest carry its SHA-256. Photos are shown inline,"
              + " other files downloaded (download=true downloads photos too)")
  public Response content(
      @PathParam("id") long id,
      @QueryParam("download") @DefaultValue("false") boolean download,
      @Context Request request) {
    AttachmentContent content = attachments.open(id);
    AttachmentInfo info = content.info();
    EntityTag tag = new EntityTag(info.sha256());
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
    if (unchanged != null) {
      return unchanged.cacheControl(privateCache()).build();
    }
    boolean inline = info.isImage() && !download;
    return Response.ok(stream(content), content.contentType())
        .header(HttpHeaders.CONTENT_LENGTH, content.length())
        .header("Content-Disposition", disposition(inline, info.fileName()))
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "default-src 'none'; sandbox")
        .header("Repr-Digest", "sha-256=:" + base64(info.sha256()) + ":")
        .tag(tag)
        .cacheControl(privateCache())
        .build();
  }

  @GET
  @Path("{id}/thumbnail")
  @Produces({"image/jpeg", "image/png"})
  @Operation(summary = "The thumbnail of a photo (404 when it has none, e.g. WebP)")
  public Response thumbnail(@PathParam("id") long id) {
    Optional<AttachmentContent> thumbnail = attachments.openThumbnail(id);
    AttachmentContent content =
        thumbnail.orElseThrow(
            () -> DomainException.notFound("attachment.no-thumbnail", String.valueOf(id)));
    return Response.ok(stream(content), content.contentType())
        .header(HttpHeaders.CONTENT_LENGTH, content.length())
        .header("X-Content-Type-Options", "nosniff")
        .cacheControl(privateCache())
        .build();
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete an attachment; the reason (query parameter) is required")
  public Response delete(@PathParam("id") long id, @QueryParam("reason") String reason) {
    attachments.delete(id, reason);
    return Response.noContent().build();
  }

  private static StreamingOutput stream(AttachmentContent content) {
    return out -> {
      try (InputStream in = content.open()) {
        in.transferTo(out);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    };
  }

  private static CacheControl privateCache() {
    CacheControl cache = new CacheControl();
    cache.setPrivate(true);
    cache.setNoCache(true);
    return cache;
  }

  /** RFC 6266: an ASCII fallback name and the UTF-8 name. */
  /**
   * A multipart header value as browsers send it (raw UTF-8) but the multipart reader decodes it
   * (ISO-8859-1): re-read as UTF-8 when the bytes are valid UTF-8, else kept as it is.
   */
  static String utf8HeaderText(String decodedAsLatin1) {
    for (char c : decodedAsLatin1.toCharArray()) {
      if (c > 0xFF) {
        return decodedAsLatin1;
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(decodedAsLatin1.getBytes(StandardCharsets.ISO_8859_1)))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return decodedAsLatin1;
    }
  }

  static String disposition(boolean inline, String fileName) {
    StringBuilder ascii = new StringBuilder();
    for (char c : fileName.toCharArray()) {
      ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != ';' ? c : '_');
    }
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return (inline ? "inline" : "attachment")
        + "; filename=\""
        + ascii
        + "\"; filename*=UTF-8''"
        + encoded;
  }

  private static String base64(String hex) {
    return Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hex));
  }
}
