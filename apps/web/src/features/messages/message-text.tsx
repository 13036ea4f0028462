import { Text } from '@mantine/core';

/**
 * A body someone typed, shown as text: React escapes it (never HTML), and line breaks and spaces are kept as typed.
 */
export function MessageText({ text }: { text: string }) {
  return (
    <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="message-text">
      {text}
    </Text>
  );
}
