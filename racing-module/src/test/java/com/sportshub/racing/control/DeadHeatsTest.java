package com.sportshub.racing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sportshub.racing.commands.PlacingDraft;
import com.sportshub.racing.entity.InvalidRacingInput;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadHeatsTest {

  private static List<PlacingDraft> order(Integer... positions) {
    List<PlacingDraft> order = new ArrayList<>();
    for (int i = 0; i < positions.length; i++) {
      order.add(new PlacingDraft(i + 1, positions[i], null));
    }
    return order;
  }

  private static List<String> fractions(List<Integer> positions, int placesPaid) {
    return DeadHeats.shares(positions, placesPaid).stream().map(PlaceShare::fraction).toList();
  }

  @Test
  void finishersWithoutPositionsFollowOneAnother() {
    assertEquals(List.of(1, 2, 3), DeadHeats.positions(order(null, null, null)));
  }

  @Test
  void horsesDeadHeatingShareAPositionAndTheNextSkipsTheirPlaces() {
    assertEquals(List.of(1, 1, 3), DeadHeats.positions(order(1, 1, null)));
    assertEquals(List.of(1, 2, 2, 2, 5), DeadHeats.positions(order(null, 2, 2, 2, 5)));
  }

  @Test
  void aPositionThatIsNeitherNextNorTiedIsRefusedByItsField() {
    InvalidRacingInput afterDeadHeat =
        assertThrows(InvalidRacingInput.class, () -> DeadHeats.positions(order(1, 1, 2)));
    InvalidRacingInput first =
        assertThrows(InvalidRacingInput.class, () -> DeadHeats.positions(order(2, 2)));

    assertEquals("placings[2].position", afterDeadHeat.field());
    assertEquals("placings[0].position", first.field());
  }

  @Test
  void twoDeadHeatingForTheLastPlaceEachHoldHalfOfIt() {
    // Each-way, 3 places: the dead-heat rule settles their place part on half the stake.
    assertEquals(List.of("1", "1", "1/2", "1/2"), fractions(List.of(1, 2, 3, 3), 3));
  }

  @Test
  void twoDeadHeatingForSecondOfThreeHoldBothPlacesLeft() {
    assertEquals(List.of("1", "1", "1"), fractions(List.of(1, 2, 2), 3));
  }

  @Test
  void twoDeadHeatingForFirstEachWinOnHalfTheStake() {
    assertEquals(List.of("1/2", "1/2", "0"), fractions(List.of(1, 1, 3), 1));
  }

  @Test
  void threeDeadHeatingForSecondOfThreeHoldTwoThirdsEach() {
    assertEquals(List.of("1", "2/3", "2/3", "2/3"), fractions(List.of(1, 2, 2, 2), 3));
  }

  @Test
  void aDeadHeatOutsideThePlacesHoldsNothing() {
    assertEquals(List.of("1", "1", "0", "0"), fractions(List.of(1, 2, 3, 3), 2));
  }
}
