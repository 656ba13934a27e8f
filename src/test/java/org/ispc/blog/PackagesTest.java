package org.ispc.blog;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.ispc.blog.pipeline.SiteBuild;
import org.junit.jupiter.api.Test;

/**
 * One package per capability only helps a reader while the packages form layers: in a cycle neither package can
 * be read, changed or tested without the other (checks and facts were one, through BuiltSite's clinic facts).
 */
class PackagesTest {

    /** The build's own compiled classes, not the tests' (a test may reach into any package it tests). */
    private static JavaClasses ourClasses() throws Exception {
        Path classes = Path.of(SiteBuild.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        return new ClassFileImporter().importPath(classes);
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() throws Exception {
        JavaClasses classes = ourClasses();
        Set<String> packages = classes.stream().map(JavaClass::getPackageName).collect(Collectors.toSet());
        assertTrue(packages.size() > 20, "the build's classes were read: " + packages);

        slices().matching("org.ispc.blog.(**)").should().beFreeOfCycles().check(classes);
    }
}
