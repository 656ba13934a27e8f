package org.ispc.blog.jbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The writing tool's article form (admin/config.yml, its fields) and the header the build reads (ArticleEngine.FIELDS)
 * name the same things: each field of the form is written by the tool's format (admin/article-format.js) as a header
 * line the build reads, and each header line the build reads has its field. A field added on one side only would be
 * lost on the way: typed in the form and never published, or published and never editable.
 */
class WritingToolFieldsTest {

    private static final Path PROJECT =
            Path.of(System.getProperty("project.root", ".")).toAbsolutePath();
    /** {@code { key: 'reviewed_by', attribute: 'jbake-reviewed-by', ... }} in the format's table. */
    private static final Pattern FORMAT_ROW = Pattern.compile("\\{ key: '(\\w+)', attribute: 'jbake-([\\w-]+)'");

    @Test
    @SuppressWarnings("unchecked")
    void everyFieldOfTheArticleFormIsAHeaderLineTheBuildReadsAndEveryHeaderLineHasItsField() throws IOException {
        Map<String, Object> config = new Yaml().load(Files.readString(PROJECT.resolve("admin/config.yml")));
        Map<String, Object> blog = ((List<Map<String, Object>>) config.get("collections"))
                .stream().filter(c -> "blog".equals(c.get("name"))).findFirst().orElseThrow();
        Map<String, String> format = new TreeMap<>();
        Matcher row = FORMAT_ROW.matcher(Files.readString(PROJECT.resolve("admin/article-format.js")));
        while (row.find()) {
            format.put(row.group(1), row.group(2));
        }
        // the title and the author line are the header's first two lines, not attributes; the body follows it
        format.put("title", "title");
        format.put("author", "author");

        Set<String> written = new TreeSet<>();
        for (Map<String, Object> field : (List<Map<String, Object>>) blog.get("fields")) {
            String name = (String) field.get("name");
            if (name.equals("body")) {
                continue;
            }
            assertTrue(format.containsKey(name), "the format writes no header line for the form's field " + name);
            written.add(format.get(name));
        }
        // the format writes 'type: post' into every article itself: a writer never picks it
        written.add("type");
        assertTrue(format.containsValue("type"));

        assertEquals(new TreeSet<>(ArticleEngine.FIELDS), written);
    }
}
