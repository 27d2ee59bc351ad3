"""The nurse station: staff sign in with a PIN, run the queue of their booth,
read a donor's pre-screen, record vitals and the decision, print documents."""
