package org.agendum.build;

import java.util.List;
import org.agendum.content.LoadResult;

/**
 * What a build did: the load result (with its diagnostics), whether the site was
 * published, how many files were written and how long each stage took.
 */
public record BuildResult(LoadResult load, boolean published, int files, List<StageTime> stages) {

    public BuildResult {
        stages = List.copyOf(stages);
    }

    /** One pipeline stage and its wall time. */
    public record StageTime(String stage, long millis) {}
}
