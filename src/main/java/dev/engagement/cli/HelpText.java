package dev.engagement.cli;

/** Help text shared by several commands (environment variables). */
final class HelpText {
    static final String ENV_HEADING = "Environment:";
    static final String ENV_CONSUMER = "  ENGAGEMENT_CONSUMER_KEY         your app's consumer key (OAuth 1.0a)%n"
            + "  ENGAGEMENT_CONSUMER_SECRET      your app's consumer secret";
    static final String ENV_ACCESS = "  ENGAGEMENT_ACCESS_TOKEN         the Tweet owner's access token (user context)%n"
            + "  ENGAGEMENT_ACCESS_TOKEN_SECRET  and its secret";
    static final String ENV_BEARER = "  ENGAGEMENT_BEARER_TOKEN         app-only bearer token (public metrics)";
    static final String ENV_API_URL = "  ENGAGEMENT_API_URL              API base URL (also --api-url)";
    static final String ENV_PROFILE = "  ENGAGEMENT_PROFILE              the profile to use (also --profile)";
    static final String ENV_STATE = "  XDG_STATE_HOME                  where journals go (else ~/.local/state)";
    static final String ENV_NO_COLOR = "  NO_COLOR                        no colour on a terminal";

    private HelpText() {
    }
}
