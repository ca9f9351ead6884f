package cn.finegov.integration.egov.orgsync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/**
 * The synchronisation's configuration ({@code egov.orgsync.*}), read when asked so that edits apply
 * to new files.
 */
@ApplicationScoped
public class OrgSyncSettings {

  @Inject private Config config;

  public OrgDirectoryFormat format() {
    return OrgDirectoryFormat.from(key -> config.getOptionalValue(key, String.class));
  }

  public boolean fileEnabled() {
    return config.getOptionalValue("egov.orgsync.file.enabled", Boolean.class).orElse(true);
  }

  public String fileDirectory() {
    return config.getOptionalValue("egov.orgsync.file.directory", String.class).orElse("");
  }

  public boolean sftpEnabled() {
    return config.getOptionalValue("egov.orgsync.sftp.enabled", Boolean.class).orElse(false);
  }

  /** {@code user@host:port/directory}, without the password. */
  public String sftpLocation() {
    return config.getOptionalValue("egov.orgsync.sftp.username", String.class).orElse("")
        + "@"
        + config.getOptionalValue("egov.orgsync.sftp.host", String.class).orElse("")
        + ":"
        + config.getOptionalValue("egov.orgsync.sftp.port", String.class).orElse("22")
        + "/"
        + config.getOptionalValue("egov.orgsync.sftp.directory", String.class).orElse("");
  }
}
