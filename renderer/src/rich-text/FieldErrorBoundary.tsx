import { Component, type ReactNode } from 'react';
import { plainTextOf, type RichText } from '../../../shared/model/rich-text';

interface Props {
  labelledBy: string;
  stored: RichText;
  children: ReactNode;
}

/**
 * If one section's stored text cannot be loaded into the editor (a damaged
 * or hand-edited file Lexical refuses), only that section shows its words
 * read-only with an explanation; the rest of the meeting stays editable and
 * the stored text is kept as it is (no editor, so nothing overwrites it).
 */
export class FieldErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="rt-field rt-failed" role="group" aria-labelledby={this.props.labelledBy}>
        <p role="alert" className="rt-failed-note">
          Dette afsnit kunne ikke åbnes til redigering, fordi dets indhold i filen er beskadiget.
          Teksten er bevaret uændret i filen og vises her.
        </p>
        <div className="rt-failed-text">{plainTextOf(this.props.stored.root)}</div>
      </div>
    );
  }
}
