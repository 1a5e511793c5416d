package dev.loyalty.core;

/** A request named a member that is not enrolled. Nothing was changed. */
public final class UnknownMemberException extends LoyaltyException {

    private static final long serialVersionUID = 1L;

    private final MemberId member;

    /** For a request that named {@code member}. */
    public UnknownMemberException(MemberId member) {
        super("unknown member '" + member + "': no member with this id is enrolled");
        this.member = member;
    }

    /** The id that was not found. */
    public MemberId member() {
        return member;
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
