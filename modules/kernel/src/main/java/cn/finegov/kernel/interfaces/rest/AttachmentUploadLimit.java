package cn.finegov.kernel.interfaces.rest;

import cn.finegov.kernel.application.attachment.AttachmentService;
import cn.finegov.kernel.domain.model.attachment.AttachmentRules;
import jakarta.annotation.Priority;
import jakarta.ws.rs.NameBinding;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an upload method: refuses a request body larger than {@code attachments.max-bytes} (plus 1 MiB
 * for the multipart framing) with 413 before it is read, by its {@code Content-Length}, or, for a
 * chunked body, as soon as that much has arrived, so that no oversized body is buffered to disk by
 * the multipart reader. The exact limit on the file itself is checked while it is stored.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AttachmentUploadLimit {

  /** Bytes allowed on top of the file size for the multipart framing and form fields. */
  long FRAMING_BYTES = 1024 * 1024;

  /** The filter doing the check. */
  @Provider
  @AttachmentUploadLimit
  @Priority(Priorities.USER)
  final class Filter implements ContainerRequestFilter {

    private final LazyBean<AttachmentService> attachments = new LazyBean<>(AttachmentService.class);

    @Override
    public void filter(ContainerRequestContext request) {
      AttachmentRules rules = attachments.get().rules();
      long limit = rules.maxBytes() + FRAMING_BYTES;
      String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
      if (length != null) {
        try {
          if (Long.parseLong(length.strip()) > limit) {
            throw rules.tooLarge();
          }
        } catch (NumberFormatException e) {
          // The container refuses a malformed length itself.
        }
      }
      request.setEntityStream(new Limited(request.getEntityStream(), limit, rules));
    }
  }

  /** A body stream that refuses to deliver more than a limit. */
  final class Limited extends FilterInputStream {
    private final long limit;
    private final AttachmentRules rules;
    private long count;

    Limited(InputStream in, long limit, AttachmentRules rules) {
      super(in);
      this.limit = limit;
      this.rules = rules;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int read = super.read(buffer, offset, length);
      if (read > 0) {
        counted(read);
      }
      return read;
    }

    private void counted(int bytes) {
      count += bytes;
      if (count > limit) {
        throw rules.tooLarge();
      }
    }
  }
}
