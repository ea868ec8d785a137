package org.agendum.build;

import java.io.IOException;

/** Where rendered files go; every write of a build goes through one sink. */
public interface OutputSink {

    /** Writes {@code bytes} at {@code path}, a relative path with forward slashes. */
    void write(String path, byte[] bytes) throws IOException;
}
