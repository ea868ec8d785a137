package org.agendum.content;

import java.util.HashSet;
import java.util.Set;

/**
 * Which files exist, whether or not they loaded. A reference to a file that exists but has
 * its own errors is not reported again as "unknown": one problem, one diagnostic.
 */
final class Presence {

    final Set<String> committees = new HashSet<>();
    final Set<String> meetings = new HashSet<>();
    /** {@code <meeting-id>/<file name>}. */
    final Set<String> meetingFiles = new HashSet<>();
    /** Decision numbers {@code NN/NNNNN} from file names. */
    final Set<String> decisions = new HashSet<>();
}
