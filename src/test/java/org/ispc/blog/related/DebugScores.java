package org.ispc.blog.related;

import java.util.*;

public class DebugScores {
    public static void main(String[] args) {
        List<Candidate> c = new ArrayList<>(FixtureCorpus.load("corpus"));
        c.sort(Comparator.comparing(Candidate::id));
        RelatedConfig config = RelatedConfig.defaults();
        List<Map<String, Double>> tf =
                c.stream().map(a -> Terms.frequencies(a, config)).toList();
        Vectors v = Vectors.of(c, config);
        int n = c.size();
        for (int i = 0; i < n; i++) {
            double[] s = new double[n];
            int[] t = new int[n];
            int k = v.accumulate(i, s, t);
            StringBuilder sb = new StringBuilder(c.get(i).id() + ":");
            for (int j = 0; j < k; j++) {
                Set<String> shared = new TreeSet<>(tf.get(i).keySet());
                shared.retainAll(tf.get(t[j]).keySet());
                sb.append(String.format("%n    %.4f %s %s", s[t[j]], c.get(t[j]).id(), shared));
            }
            System.out.println(sb);
        }
        RelatedIndex.build(c, config).all().forEach((k, l) -> System.out.println(k + " -> " + l));
    }
}
