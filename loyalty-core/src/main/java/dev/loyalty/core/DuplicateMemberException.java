package dev.loyalty.core;

/** An enrollment named a member id that is already enrolled. Nothing was changed. */
public final class DuplicateMemberException extends LoyaltyException {

    private static final long serialVersionUID = 1L;

    private final MemberId member;

    /** For an enrollment of {@code member}. */
    public DuplicateMemberException(MemberId member) {
        super("member '" + member + "' is already enrolled");
        this.member = member;
    }

    /** The id that is taken. */
    public MemberId member() {
        return member;
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
