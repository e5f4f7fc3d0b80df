package dev.engagement.plan;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** Batches of a {@code --since-post} plan: each group's IDs cut into batches that share the group's windows. */
public final class SincePostBatches implements Iterator<IdBatch> {
    private final Iterator<SincePostPlan.Group> groups;
    private final int size;
    private SincePostPlan.Group group;
    private int next;
    private int number;

    public SincePostBatches(SincePostPlan plan, int size) {
        this.groups = plan.groups().iterator();
        this.size = size;
    }

    @Override
    public boolean hasNext() {
        while (group == null || next >= group.size()) {
            if (!groups.hasNext()) {
                return false;
            }
            group = groups.next();
            next = 0;
        }
        return true;
    }

    @Override
    public IdBatch next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        List<String> ids = new ArrayList<>(size);
        while (ids.size() < size && next < group.size()) {
            ids.add(Long.toString(group.id(next++)));
        }
        return new IdBatch(++number, ids, group.windows());
    }
}
