/**
 * Parts of a diagram that travel: a {@link studio.serverless.model.fragment.DiagramFragment} is some services
 * and the connections among them, written as the text of a diagram file so that any window (or a text editor)
 * can read it; a {@link studio.serverless.model.fragment.FragmentPaste} turns a fragment into one undoable
 * command on another diagram, with new ids and names made unique by {@link
 * studio.serverless.model.fragment.UniqueNames} within the catalogue's naming rules. Copy, cut, paste and
 * duplicate are built from these.
 */
package studio.serverless.model.fragment;
