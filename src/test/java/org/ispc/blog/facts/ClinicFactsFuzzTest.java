package org.ispc.blog.facts;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.ispc.blog.testing.fuzz.Edit;
import org.ispc.blog.testing.fuzz.FuzzBudget;
import org.ispc.blog.testing.fuzz.WriterFacing;
import org.ispc.blog.testing.fuzz.WriterInput;

/**
 * data/clinic.yml mutated thousands of ways (wrong types, missing keys, bad indentation, anchors and aliases, huge
 * values): the loader answers with findings at a line of the file, never with an exception, and facts it accepts
 * can be turned into the attributes every article uses.
 */
@AddLifecycleHook(FuzzBudget.class)
class ClinicFactsFuzzTest {

    @Provide
    Arbitrary<String> clinicFiles() {
        return Arbitraries.of(WriterInput.clinicFiles());
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        return WriterInput.yamlEdits();
    }

    @Property(tries = 1000)
    void everyMistakeIsAFindingAtItsLine(@ForAll("clinicFiles") String seed, @ForAll("edits") List<Edit> edits) {
        String text = Edit.applyAll(seed, edits);

        ClinicFactsLoader.Loaded loaded = ClinicFactsLoader.parse(text, Fixture.PHONES);

        WriterFacing.assertPlaced(
                loaded.findings(),
                ClinicFactsLoader.FILE::equals,
                Map.of(ClinicFactsLoader.FILE, WriterFacing.lineCount(text)));
        loaded.facts().ifPresent(ClinicAttributes::of);
    }
}
