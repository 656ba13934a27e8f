package org.ispc.blog.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PomCommandTest {

    private static final Path POM = Path.of(System.getProperty("project.root", "."), "pom.xml");

    @Test
    void theBakeStartsWithTheLibrariesArchiveAndItsOwnClassesAfterTheJars() throws Exception {
        PomCommand pom = PomCommand.read(POM);
        Path root = Path.of("/work/site");

        List<String> command = pom.javaCommand(
                "java", root, root.resolve("target/classes"), "/m/a.jar:/m/b.jar", Path.of("/tmp/gc.log"));

        Path archive = pom.startupArchive(root).orElseThrow();
        assertTrue(archive.startsWith(Path.of(System.getProperty("user.home"))), "one archive per machine: " + archive);
        assertTrue(archive.getFileName().toString().contains(System.getProperty("java.version")), archive.toString());
        assertTrue(command.contains("-XX:SharedArchiveFile=" + archive), command.toString());
        assertTrue(
                command.contains("-XX:DumpLoadedClassList=/work/site/target/bake-loaded-classes.txt"),
                command.toString());
        // Java 17 maps an archive only when the jars it was made from begin the class path
        assertEquals("/m/a.jar:/m/b.jar:/work/site/target/classes", command.get(command.indexOf("-classpath") + 1));
        assertEquals("org.ispc.blog.cli.Main", command.get(command.indexOf("-classpath") + 2));
        assertEquals("build", command.get(command.indexOf("-classpath") + 3));
    }

    @Test
    void everyPathIsOneArgumentEvenWithSpacesInIt() throws Exception {
        // a writer's project under "C:\Users\Jane Doe\...": the pom quotes each argument that holds a path
        PomCommand pom = PomCommand.read(POM);
        Path root = Path.of("/home/jane doe/clinic blog");

        List<String> command =
                pom.javaCommand("java", root, root.resolve("target/classes"), "/m/a b.jar", Path.of("/tmp/gc.log"));

        int main = command.indexOf("org.ispc.blog.cli.Main");
        assertEquals("/m/a b.jar:/home/jane doe/clinic blog/target/classes", command.get(main - 1));
        assertEquals("/home/jane doe/clinic blog", command.get(main + 2));
        assertEquals("--failure-marker=/home/jane doe/clinic blog/target/site-build-failed.txt", command.get(main + 3));
        assertTrue(
                command.contains("-XX:DumpLoadedClassList=/home/jane doe/clinic blog/target/bake-loaded-classes.txt"));
        assertEquals(List.of("a", "b c", "d"), PomCommand.arguments(" a \"b c\"  d "));
    }
}
