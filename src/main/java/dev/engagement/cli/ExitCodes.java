package dev.engagement.cli;

/** The exit-code table shown in help. */
final class ExitCodes {
    static final String HELP = "Exit codes: 0 done; 1 some IDs could not be fetched (network or server failure, "
            + "listed in failed_tweet_ids); 2 usage or input error, nothing sent; 3 credentials missing or refused; "
            + "130 interrupted.";

    private ExitCodes() {
    }
}
