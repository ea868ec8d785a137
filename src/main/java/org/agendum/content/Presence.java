package org.agendum.content;

import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;

/**
 * Which files exist, whether or not they loaded (filled by parallel readers). A reference to a file that exists but has
 * its own errors is not reported again as "unknown": one problem, one diagnostic.
 */
final class Presence {

    final Set<String> committees = ConcurrentHashMap.newKeySet();
    final Set<String> meetings = ConcurrentHashMap.newKeySet();
    /** {@code <meeting-id>/<file name>}. */
    final Set<String> meetingFiles = ConcurrentHashMap.newKeySet();
    /** Decision numbers {@code NN/NNNNN} from file names. */
    final Set<String> decisions = ConcurrentHashMap.newKeySet();
}
