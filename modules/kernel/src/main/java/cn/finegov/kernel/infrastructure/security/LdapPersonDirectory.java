package cn.finegov.kernel.infrastructure.security;

import cn.finegov.kernel.api.module.ModuleSettings;
import cn.finegov.kernel.application.module.KernelModule;
import cn.finegov.kernel.domain.model.user.DirectoryPerson;
import cn.finegov.kernel.domain.model.user.PersonDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Hashtable;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.naming.AuthenticationException;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * The LDAP directory (OpenLDAP, Active Directory) through JNDI, as the kernel's {@code
 * security.ldap.*} settings describe it: find the person's entry with the service account (or
 * anonymously), bind as the person with his password, then read his groups. Filter arguments are
 * escaped by JNDI ({@code {0}} placeholders), so a login name cannot change a filter.
 */
@ApplicationScoped
public class LdapPersonDirectory implements PersonDirectory {

  private static final String TIMEOUT_MILLIS = "5000";

  @Inject private ModuleSettings settings;

  @Override
  public Optional<DirectoryPerson> authenticate(String username, char[] password) {
    if (password == null || password.length == 0) {
      // An empty password is an anonymous bind for many servers: never a sign-in.
      return Optional.empty();
    }
    DirContext service = null;
    try {
      service =
          connect(setting(KernelModule.LDAP_BIND_DN), setting(KernelModule.LDAP_BIND_PASSWORD));
      Optional<SearchResult> entry = findPerson(service, username);
      if (entry.isEmpty()) {
        return Optional.empty();
      }
      String dn = entry.get().getNameInNamespace();
      if (!passwordAccepted(dn, password)) {
        return Optional.empty();
      }
      Attributes attributes = entry.get().getAttributes();
      return Optional.of(
          new DirectoryPerson(
              username,
              dn,
              first(attributes, setting(KernelModule.LDAP_NAME_ATTRIBUTE)).orElse(username),
              first(attributes, setting(KernelModule.LDAP_UNIT_ATTRIBUTE)).orElse(null),
              groupsOf(service, dn)));
    } catch (NamingException e) {
      throw new DirectoryUnavailableException(
          "The LDAP directory at " + setting(KernelModule.LDAP_URL) + " could not be asked", e);
    } finally {
      close(service);
    }
  }

  private Optional<SearchResult> findPerson(DirContext service, String username)
      throws NamingException {
    SearchControls controls = new SearchControls();
    controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
    controls.setCountLimit(2);
    controls.setReturningAttributes(
        new String[] {
          setting(KernelModule.LDAP_NAME_ATTRIBUTE), setting(KernelModule.LDAP_UNIT_ATTRIBUTE)
        });
    NamingEnumeration<SearchResult> found =
        service.search(
            setting(KernelModule.LDAP_USER_BASE),
            setting(KernelModule.LDAP_USER_FILTER),
            new Object[] {username},
            controls);
    try {
      if (!found.hasMore()) {
        return Optional.empty();
      }
      SearchResult result = found.next();
      if (found.hasMore()) {
        // Two entries for one name: refuse rather than guess.
        return Optional.empty();
      }
      return Optional.of(result);
    } finally {
      found.close();
    }
  }

  private boolean passwordAccepted(String dn, char[] password) throws NamingException {
    DirContext asPerson = null;
    try {
      asPerson = connect(dn, new String(password));
      return true;
    } catch (AuthenticationException e) {
      return false;
    } finally {
      close(asPerson);
    }
  }

  private Set<String> groupsOf(DirContext service, String dn) throws NamingException {
    Set<String> groups = new TreeSet<>();
    String base = setting(KernelModule.LDAP_GROUP_BASE);
    if (base.isBlank()) {
      return groups;
    }
    SearchControls controls = new SearchControls();
    controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
    controls.setReturningAttributes(new String[] {"cn"});
    NamingEnumeration<SearchResult> found =
        service.search(base, setting(KernelModule.LDAP_GROUP_FILTER), new Object[] {dn}, controls);
    try {
      while (found.hasMore()) {
        SearchResult group = found.next();
        Optional<String> cn = first(group.getAttributes(), "cn");
        groups.add(cn.orElseGet(() -> firstRdnValue(group.getNameInNamespace())));
      }
    } finally {
      found.close();
    }
    return groups;
  }

  private DirContext connect(String principal, String credentials) throws NamingException {
    Hashtable<String, String> environment = new Hashtable<>();
    environment.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
    environment.put(Context.PROVIDER_URL, setting(KernelModule.LDAP_URL));
    environment.put("com.sun.jndi.ldap.connect.timeout", TIMEOUT_MILLIS);
    environment.put("com.sun.jndi.ldap.read.timeout", TIMEOUT_MILLIS);
    environment.put(Context.REFERRAL, "ignore");
    if (principal != null && !principal.isBlank()) {
      environment.put(Context.SECURITY_AUTHENTICATION, "simple");
      environment.put(Context.SECURITY_PRINCIPAL, principal);
      environment.put(Context.SECURITY_CREDENTIALS, credentials == null ? "" : credentials);
    } else {
      environment.put(Context.SECURITY_AUTHENTICATION, "none");
    }
    return new InitialDirContext(environment);
  }

  private static Optional<String> first(Attributes attributes, String name) throws NamingException {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    Attribute attribute = attributes.get(name);
    if (attribute == null || attribute.size() == 0) {
      return Optional.empty();
    }
    Object value = attribute.get();
    return value == null || value.toString().isBlank()
        ? Optional.empty()
        : Optional.of(value.toString().strip());
  }

  private static String firstRdnValue(String dn) {
    try {
      LdapName name = new LdapName(dn);
      Rdn last = name.getRdn(name.size() - 1);
      return last.getValue().toString();
    } catch (NamingException | IndexOutOfBoundsException e) {
      return dn;
    }
  }

  private String setting(String key) {
    return settings.get(KernelModule.KEY, key);
  }

  private static void close(DirContext context) {
    if (context != null) {
      try {
        context.close();
      } catch (NamingException e) {
        // Nothing to do: the connection is gone either way.
      }
    }
  }
}
