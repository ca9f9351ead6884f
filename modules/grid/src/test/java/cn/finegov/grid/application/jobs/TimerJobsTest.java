package cn.finegov.grid.application.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.grid.application.gridcase.CaseEscalationJob;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every singleton of the module with a timer is started with the deployment (see {@link
 * CaseEscalationJob}): found by reading the module's compiled classes, so that a new job is checked
 * too.
 */
class TimerJobsTest {

  @Test
  void everySingletonWithATimerStartsWithTheDeployment() throws Exception {
    List<Class<?>> jobs =
        moduleClasses().stream()
            .filter(type -> type.isAnnotationPresent(Singleton.class))
            .filter(
                type ->
                    Arrays.stream(type.getDeclaredMethods()).anyMatch(TimerJobsTest::isScheduled))
            .toList();

    assertThat(jobs)
        .extracting(Class::getSimpleName)
        .contains("CaseEscalationJob", "PatrolCloserJob");
    assertThat(jobs)
        .allSatisfy(
            job ->
                assertThat(job.isAnnotationPresent(Startup.class))
                    .as("%s is @Startup", job.getName())
                    .isTrue());
  }

  private static boolean isScheduled(Method method) {
    return method.isAnnotationPresent(Schedule.class)
        || method.isAnnotationPresent(jakarta.ejb.Schedules.class);
  }

  private static List<Class<?>> moduleClasses() throws IOException, URISyntaxException {
    Path root =
        Path.of(
            CaseEscalationJob.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(file -> file.toString().endsWith(".class"))
          .map(file -> root.relativize(file).toString())
          .filter(name -> !name.contains("$"))
          .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
          .map(TimerJobsTest::load)
          .toList();
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, TimerJobsTest.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException("cannot read " + name, e);
    }
  }
}
