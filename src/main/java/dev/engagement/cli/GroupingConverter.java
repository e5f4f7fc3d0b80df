package dev.engagement.cli;

import dev.engagement.app.FetchSettings.GroupingRequest;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Reads {@code -g NAME=key,key}: the grouping's name and its keys, which the run checks against the endpoint. */
final class GroupingConverter implements CommandLine.ITypeConverter<GroupingRequest> {
    @Override
    public GroupingRequest convert(String value) {
        int eq = value.indexOf('=');
        if (eq <= 0 || value.substring(0, eq).isBlank()) {
            throw new CommandLine.TypeConversionException("'" + value + "' needs a name: write NAME=key,key, for example "
                    + "by_tweet=tweet.id,engagement.type");
        }
        List<String> keys = new ArrayList<>();
        for (String k : value.substring(eq + 1).split(",")) {
            if (!k.isBlank()) {
                keys.add(k.strip());
            }
        }
        return new GroupingRequest(value.substring(0, eq).strip(), keys);
    }
}
