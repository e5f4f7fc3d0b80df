package dev.engagement.api;

/** A parsed value or the {@link ApiError} that explains why there is none. */
public final class Result<T> {
    private final T value;
    private final ApiError error;

    private Result(T value, ApiError error) {
        this.value = value;
        this.error = error;
    }

    public static <T> Result<T> ok(T value) {
        return new Result<>(value, null);
    }

    public static <T> Result<T> error(ApiError error) {
        return new Result<>(null, error);
    }

    public boolean isOk() {
        return error == null;
    }

    public T value() {
        if (error != null) {
            throw new IllegalStateException(error.firstMessage());
        }
        return value;
    }

    public ApiError error() {
        return error;
    }
}
