package studio.serverless.canvas.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Rectangle;
import org.junit.jupiter.api.Test;
import studio.serverless.canvas.geometry.Box;

class TileLayerTest {

    private final Group layer = new Group();
    private final TileLayer tiles = new TileLayer(layer, 480);

    @Test
    void elementsWhoseMiddleLiesInTheSameSquareShareATileInTheLayer() {
        // given
        Node first = new Rectangle();
        Node second = new Rectangle();
        Node far = new Rectangle();

        // when
        Tile tile = tiles.place(first, new Box(0, 0, 160, 64));
        Tile same = tiles.place(second, new Box(300, 300, 160, 64));
        Tile other = tiles.place(far, new Box(2000, 0, 160, 64));

        // then
        assertSame(tile, same);
        assertNotSame(tile, other);
        assertEquals(2, layer.getChildren().size());
        assertSame(tile.group(), first.getParent());
        assertEquals(new Box(0, 0, 460, 364), tile.extent());
    }

    @Test
    void aDragPreviewKeepsTheElementInItsTileWhichGrowsToHoldIt() {
        // given
        Node figure = new Rectangle();
        Tile tile = tiles.place(figure, new Box(0, 0, 160, 64));

        // when
        Tile after = tiles.place(figure, new Box(1000, 0, 160, 64));

        // then
        assertSame(tile, after);
        assertSame(tile.group(), figure.getParent());
        assertEquals(new Box(0, 0, 1160, 64), tile.extent());
    }

    @Test
    void refilingAMovedElementPutsItInTheTileOfItsNewPlaceAndShrinksTheOldTile() {
        // given
        Node stays = new Rectangle();
        Node moves = new Rectangle();
        Tile tile = tiles.place(stays, new Box(0, 0, 160, 64));
        tiles.place(moves, new Box(200, 0, 160, 64));

        // when
        Tile after = tiles.refile(moves, new Box(1000, 0, 160, 64));

        // then
        assertNotSame(tile, after);
        assertSame(after.group(), moves.getParent());
        assertEquals(new Box(0, 0, 160, 64), tile.extent());
        assertEquals(new Box(1000, 0, 160, 64), after.extent());
    }

    @Test
    void aRemovedElementLeavesTheSceneAndItsTileIsEmpty() {
        // given
        Node figure = new Rectangle();
        Tile tile = tiles.place(figure, new Box(0, 0, 160, 64));

        // when
        tiles.remove(figure);

        // then
        assertNull(figure.getParent());
        assertTrue(tile.elements().isEmpty());
        assertNull(tile.extent());
    }
}
