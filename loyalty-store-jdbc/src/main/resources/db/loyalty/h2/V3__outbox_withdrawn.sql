-- A message withdrawn by a later change (a reminder the member no longer needs) is never due again.
ALTER TABLE loyalty_outbox ADD COLUMN withdrawn BOOLEAN DEFAULT FALSE NOT NULL;
