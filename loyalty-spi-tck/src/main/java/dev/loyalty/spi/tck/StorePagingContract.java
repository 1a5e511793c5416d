package dev.loyalty.spi.tck;

import static dev.loyalty.spi.tck.LotScenario.UNTIL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.core.MemberId;
import dev.loyalty.spi.DueLot;
import dev.loyalty.spi.Page;
import dev.loyalty.spi.PageRequest;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Due-work queries: every due item exactly once, in order, only those due, page by page through an
 * opaque cursor, also while a sweep resolves the items between pages.
 */
public abstract class StorePagingContract extends StoreContractBase {

    /** The page size of the lot scenarios: 7 does not divide their item counts. */
    private static final int LIMIT = 7;

    /** For subclasses. */
    protected StorePagingContract() {}

    /** Expiring lots come in (expiry, member, lot) order, each once, only those expiring by {@code until}. */
    @Test
    public void required_expiringLotsArePagedInOrderExactlyOnce() {
        LotScenario scenario = LotScenario.expiring(store());
        List<DueLot> expected = scenario.expectedExpiring();

        List<Page<DueLot>> pages = PageWalk.pages(page -> store().lotsExpiring(UNTIL, page), LIMIT);

        assertThat(expected).as("the kit's own expectation").hasSize(31).anyMatch(lot -> lot.dueAt().equals(UNTIL));
        assertThat(PageWalk.items(pages)).as("every lot expiring by %s, over pages of %d", UNTIL, LIMIT)
                .containsExactlyElementsOf(expected);
        assertThat(PageWalk.sizes(pages)).as("page sizes").containsExactly(7, 7, 7, 7, 3);
    }

    /** Expiring the lots of each page before asking for the next loses and repeats nothing. */
    @Test
    public void required_expiringLotsResolvedBetweenPagesAreNeitherLostNorRepeated() {
        LotScenario scenario = LotScenario.expiring(store());
        List<DueLot> expected = scenario.expectedExpiring();

        List<Page<DueLot>> pages = PageWalk.pages(page -> store().lotsExpiring(UNTIL, page), LIMIT,
                items -> items.forEach(lot -> scenario.member(lot.member())
                        .append(l -> l.expire(lot.dueAt(), "expire-" + lot.member() + "-" + lot.lot()))));

        assertThat(PageWalk.items(pages)).as("lots expiring by %s, each expired before the next page", UNTIL)
                .containsExactlyElementsOf(expected);
        assertThat(store().lotsExpiring(UNTIL, PageRequest.first(LIMIT))).as("lots left to expire after the sweep")
                .isEqualTo(new Page<DueLot>(List.of(), Optional.empty()));
    }

    /** Pending lots come in (activation, member, lot) order, each once; cancelled and active lots do not. */
    @Test
    public void required_activatingLotsArePagedInOrderExactlyOnce() {
        LotScenario scenario = LotScenario.activating(store());
        List<DueLot> expected = scenario.expectedActivating();

        List<Page<DueLot>> pages = PageWalk.pages(page -> store().lotsActivating(UNTIL, page), LIMIT);

        assertThat(expected).as("the kit's own expectation").hasSize(29);
        assertThat(PageWalk.items(pages)).as("every pending lot activating by %s, over pages of %d", UNTIL, LIMIT)
                .containsExactlyElementsOf(expected);
        assertThat(PageWalk.sizes(pages)).as("page sizes").containsExactly(7, 7, 7, 7, 1);
    }

    /** Activating the lots of each page before asking for the next loses and repeats nothing. */
    @Test
    public void required_activatingLotsResolvedBetweenPagesAreNeitherLostNorRepeated() {
        LotScenario scenario = LotScenario.activating(store());
        List<DueLot> expected = scenario.expectedActivating();

        List<Page<DueLot>> pages = PageWalk.pages(page -> store().lotsActivating(UNTIL, page), LIMIT,
                items -> items.forEach(lot -> scenario.member(lot.member())
                        .append(l -> l.activate(lot.dueAt(), "activate-" + lot.member() + "-" + lot.lot()))));

        assertThat(PageWalk.items(pages)).as("lots activating by %s, each activated before the next page", UNTIL)
                .containsExactlyElementsOf(expected);
        assertThat(store().lotsActivating(UNTIL, PageRequest.first(LIMIT))).as("lots left to activate after the sweep")
                .isEqualTo(new Page<DueLot>(List.of(), Optional.empty()));
    }

    /** Members last active (or, never active, enrolled) strictly before {@code since} come by id. */
    @Test
    public void required_inactiveMembersArePagedById() {
        MemberScenario.activity(store());

        List<Page<MemberId>> pages = PageWalk.pages(page -> store().membersInactiveSince(MemberScenario.SINCE, page), LIMIT);

        assertThat(PageWalk.items(pages)).as("members inactive since %s", MemberScenario.SINCE)
                .containsExactlyElementsOf(ids(3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 16, 18, 20, 22, 24));
        assertThat(PageWalk.sizes(pages)).as("page sizes").containsExactly(7, 7, 1);
    }

    /** A tier review is due at the earlier of the re-evaluation and the end of a grace period. */
    @Test
    public void required_membersDueForTierReviewArePagedById() {
        MemberScenario.tierReviews(store());

        List<Page<MemberId>> due = PageWalk.pages(page -> store().membersDueForTierReview(Fixtures.day(6), page), 3);

        assertThat(PageWalk.items(due)).as("members due for a tier review by day 6")
                .containsExactlyElementsOf(ids(1, 2, 3, 4, 5, 6, 8));
        assertThat(PageWalk.sizes(due)).as("pages by 3").containsExactly(3, 3, 1);
        assertThat(PageWalk.items(PageWalk.pages(page -> store().membersDueForTierReview(Fixtures.day(0), page), 3)))
                .as("members due for a tier review by day 0").isEmpty();
    }

    /** Birthdays match the recorded month and day exactly: 29 February only on 29 February. */
    @Test
    public void required_membersWithBirthdayArePagedById() {
        MemberScenario.birthdays(store());

        List<Page<MemberId>> leap = PageWalk.pages(page -> store().membersWithBirthday(MonthDay.of(2, 29), page), LIMIT);
        List<Page<MemberId>> feb28 = PageWalk.pages(page -> store().membersWithBirthday(MonthDay.of(2, 28), page), 3);
        List<Page<MemberId>> mar1 = PageWalk.pages(page -> store().membersWithBirthday(MonthDay.of(3, 1), page), 3);

        assertThat(PageWalk.items(leap)).as("members born on 29 February").containsExactlyElementsOf(ids(3, 6, 9, 12, 18, 21, 24));
        assertThat(PageWalk.sizes(leap)).as("pages of 7 members born on 29 February, by 7").containsExactly(7);
        assertThat(PageWalk.items(feb28)).as("members born on 28 February").containsExactlyElementsOf(ids(1, 4, 7, 13, 16, 19, 22));
        assertThat(PageWalk.sizes(feb28)).as("pages of members born on 28 February, by 3").containsExactly(3, 3, 1);
        assertThat(PageWalk.items(mar1)).as("members born on 1 March").containsExactlyElementsOf(ids(2, 8, 11, 14, 17, 23));
        assertThat(PageWalk.sizes(mar1)).as("pages of 6 members born on 1 March, by 3").containsExactly(3, 3);
        assertThat(store().membersWithBirthday(MonthDay.of(12, 25), PageRequest.first(LIMIT)))
                .as("members born on 25 December").isEqualTo(new Page<MemberId>(List.of(), Optional.empty()));
    }

    /** The enrollment day is the calendar day in the member's own zone. */
    @Test
    public void required_membersEnrolledOnAreFoundInTheirOwnZone() {
        MemberScenario.enrollments(store());

        List<Page<MemberId>> march15 = PageWalk.pages(page -> store().membersEnrolledOn(MonthDay.of(3, 15), page), 2);

        assertThat(PageWalk.items(march15)).as("members enrolled on 15 March in their zones")
                .containsExactly(MemberId.of("auckland"), MemberId.of("tokyo"), MemberId.of("utc"));
        assertThat(PageWalk.sizes(march15)).as("pages by 2").containsExactly(2, 1);
        assertThat(PageWalk.items(PageWalk.pages(page -> store().membersEnrolledOn(MonthDay.of(3, 14), page), 2)))
                .as("members enrolled on 14 March in their zones").containsExactly(MemberId.of("la"));
        assertThat(PageWalk.items(PageWalk.pages(page -> store().membersEnrolledOn(MonthDay.of(3, 16), page), 2)))
                .as("members enrolled on 16 March in their zones").containsExactly(MemberId.of("berlin"));
    }

    /** An empty store has nothing due and no next cursor. */
    @Test
    public void required_nothingDueIsAnEmptyLastPage() {
        Page<DueLot> none = new Page<>(List.of(), Optional.empty());
        assertThat(store().lotsExpiring(UNTIL, PageRequest.first(LIMIT))).as("lots expiring in an empty store").isEqualTo(none);
        assertThat(store().lotsActivating(UNTIL, PageRequest.first(LIMIT))).as("lots activating in an empty store").isEqualTo(none);
    }

    private static List<MemberId> ids(int... numbers) {
        return IntStream.of(numbers).mapToObj(MemberScenario::id).toList();
    }
}
