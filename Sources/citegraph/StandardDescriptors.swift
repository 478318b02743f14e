import Foundation

/// Standard descriptors the shell closed (`2>&-`, `>&-`) get /dev/null, opened read-only so that
/// writes to them still fail as they would have. Left closed, their numbers went to the next file
/// opened (the cache lock, an output's temporary file), which then received stderr's messages.
enum StandardDescriptors {
    static func reopenClosed() {
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 {
            // open takes the lowest free number: this one, as the lower ones are open by now.
            _ = open("/dev/null", O_RDONLY)
        }
    }
}
